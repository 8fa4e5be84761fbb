import { asWritten } from './keep-writing';
import { keepingClustersWhole } from './redact-graphemes';
import { normaliseForRedaction } from './normalise-text';
import { maskCaseCodePieces } from './redact-case-code-pieces';
import { maskCaseCodes } from './redact-case-codes';
import { maskOwnedNumbers } from './redact-ids-owned';
import { maskVehicleIds } from './redact-vins';
import { maskSlashedStaffRefs } from './redact-ids-slashed';
import { maskComplaintReferences } from './redact-ids-complaint-refs';
import { maskSplitBadgeIds } from './redact-ids-badges-split';
import { contactRules } from './redact-contacts';
import { maskDigitWordNumbers } from './redact-digit-words';
import { readingLookAlikesAsDigits } from './redact-lookalike-digits';
import { asciiDigits, asciiSeparators } from './redact-digits';
import { readingGapsBetweenDigits } from './redact-digit-gaps';
import { maskChineseNumbers, readingCjkAsMarks } from './redact-han';
import { maskNames } from './redact-names';
import { maskNamesAtWork } from './redact-names-at-work';
import { maskSmallNamesBeforeDeeds } from './redact-names-small-deeds';
import { maskPairedSmallNames } from './redact-names-paired-small';
import { maskNamesInPersonSlots } from './redact-names-person-slots';
import { maskSurnamesInSubjectSlots } from './redact-names-surname-slots';
import { maskSurnamesOpeningTexts } from './redact-names-surname-openings';
import { maskNamesAfterPersonMarkers } from './redact-names-person-markers-tl-ht';
import { maskWordSurnamesAfterTitles } from './redact-names-titled-words';
import { maskWordlikeNamesBeforeDeeds } from './redact-names-wordlike-deeds';
import { maskTradeSurnames } from './redact-names-occupational';
import { maskDescribedNames } from './redact-names-described';
import { maskWordNicknames } from './redact-names-word-nicknames';
import { maskBracketedNames } from './redact-names-bracketed';
import { maskBracketedInitials } from './redact-names-bracket-initials';
import { maskCalendarNames } from './redact-names-calendar';
import { maskHandleRests } from './redact-names-handle-rest';
import { maskHandlesAndSpelledMail, maskHyphenedHandleRests } from './redact-handles-more';
import { maskWorkLogins } from './redact-logins';
import { maskPasswords } from './redact-passwords';
import { maskHandlesAfterPlatforms } from './redact-handles-platforms';
import { maskHandlesAfterCyrillicPlatforms } from './redact-handles-cyrillic-platforms';
import { maskNamedPaymentHandles } from './redact-handles-payment-named';
import { maskPersonalWebAddresses } from './redact-web-addresses';
import { maskHashtagNames } from './redact-names-hashtags';
import { maskNamesBesideHidden } from './redact-names-beside-hidden';
import { maskNamesPairedActing } from './redact-names-pairs-acting';
import { maskUnlistedNamesActing } from './redact-names-unlisted-acting';
import { maskSurnameParticles } from './redact-names-surname-particles';
import { maskSurnameParticleChains } from './redact-names-particle-chains';
import { maskCompoundSurnames } from './redact-names-compound-surnames';
import { maskGivenNamesBeforeHiddenSurnames } from './redact-names-before-hidden-surname';
import { maskLabelledNames } from './redact-names-labelled';
import { maskSmallEastAsianNames } from './redact-names-east-asian-small';
import { maskSpacedNationalIds } from './redact-ids-spaced-national';
import { maskTrunkPrefixedPhones } from './redact-phone-trunk-prefix';
import { maskNamesListedBeside } from './redact-names-listed-beside';
import { maskNamesBesideWriter } from './redact-names-beside-writer';
import { maskPossessiveNames } from './redact-names-possessive';
import { maskSmallNamesAfterCues } from './redact-names-small-cued';
import { maskMoreCjkNames } from './redact-names-cjk-more';
import { maskNamesBeforeKinWords } from './redact-names-kin-cjk';
import { maskTurkishNamesWithEndings } from './redact-names-turkish-suffix';
import { maskNamesOwningDeeds } from './redact-names-owned-deeds';
import { maskNamesPointedOut } from './redact-names-pointed-out';
import { maskWordlikeNamesAfterRoles } from './redact-names-role-wordlike';
import { maskSmallNamesAfterRolesBeforeVerbs } from './redact-names-role-small-before-verb';
import { maskTurkishGenitiveNames } from './redact-names-turkish-genitive';
import { maskArabiziNames } from './redact-names-arabizi';
import { maskCamelCaseHandles } from './redact-names-camel-handles';
import { maskNamesAfterRoleNouns } from './redact-names-role-nouns';
import { maskIrishSurnames } from './redact-names-irish';
import { maskNicknames } from './redact-names-nicknames';
import { maskArticledNicknames } from './redact-names-nicknames-articled';
import { maskHonorificNames } from './redact-names-honorifics';
import { maskSmallDoubleNames } from './redact-names-hyphenated';
import { maskIndonesianNames } from './redact-names-indonesian';
import { maskLowerCaseNamesByPlace } from './redact-names-lower-cued';
import { maskNamesAfterRoles } from './redact-names-introduced-roles';
import { maskUnlistedNames } from './redact-names-unlisted';
import { maskBareNamesInPersonSlots } from './redact-names-bare-in-person-slots';
import { maskShortNamesInSpeechSlots } from './redact-names-short-in-speech-slots';
import { maskNamesInCaseForms } from './redact-names-case-forms';
import { maskLookAlikeLetterNames } from './redact-names-look-alike-letters';
import { maskPlacedLowerCaseNames } from './redact-names-placed-lower';
import { maskPinyinNames } from './redact-names-pinyin';
import { maskNamesInOtherScripts } from './redact-names-scripts';
import { maskSelfIntroducedNames } from './redact-names-self-introduced';
import { maskSignatureNames } from './redact-names-sign-off';
import { maskLoneInitialAtEnd } from './redact-names-lone-initial';
import { maskInitialledNames } from './redact-names-initialled';
import { maskNamesSetAgainstMe } from './redact-names-not-me';
import { maskNumberParts } from './redact-number-parts';
import { maskDottedNumberParts } from './redact-number-heads';
import { numberRules } from './redact-numbers';
import { maskPhonePieces } from './redact-phone-fillers';
import { maskPhonesInLetters } from './redact-phone-letters';
import { maskPaymentHandlesAndLicences } from './redact-payment-licences';
import { maskPersonalDates } from './redact-personal-dates';
import { maskHireDatesSaidMore } from './redact-hire-dates-more';
import { maskRecordDaysCentsMinutes } from './redact-records-days-cents-minutes';
import { maskOwnDays } from './redact-own-days';
import { maskAddressesWrittenInParts } from './redact-addresses-more';
import { maskHomeStreetsWrittenSmall } from './redact-streets-home-small';
import { maskHomeStreetsNamed } from './redact-streets-home-named';
import { maskAddressContinued } from './redact-address-continued';
import { maskAddressFlat } from './redact-address-flat';
import { maskRussianAddressParts } from './redact-address-russian';
import { keepProductsAndPlaces } from './redact-names-products-places';
import { keepTownsAndBrands } from './redact-names-towns-brands';
import { keepBrandsLinesAndTowns } from './redact-names-kept-more';
import { keepRoutesSitesAndBrands } from './redact-names-kept-routes';
import { keepShopsStationsAndHolidays } from './redact-names-kept-shops';
import { keepMedicines } from './redact-names-kept-medicines';
import { keepThingsNamedAfterPeople } from './redact-names-kept-things';
import { keepPlaceForms } from './redact-names-kept-place-forms';
import { keepShopsParksAndMachines } from './redact-names-kept-shops-parks-machines';
import { keepVerbsAfterNames } from './redact-names-stop-before-verb';
import { keepPeopleWordsAndPaymentApps } from './redact-names-kept-people-words-payment-apps';
import { keepListedPaymentServices } from './redact-names-kept-payment-lists';
import { keepNumbersOfThingsAndTillTimes } from './redact-ids-kept-things-till-times';
import { keepWellKnownPlacesAndFirms } from './redact-names-kept-known-places-firms';
import { keepPlantsAndVerbsAfterRoleNames } from './redact-names-kept-plants-verbs';
import { keepMakesCitiesAndFeasts } from './redact-names-kept-makes-cities-feasts';
import { keepTownsTeamsAndBanks } from './redact-names-kept-towns-teams-banks';
import { keepHonorificsAfterNames } from './redact-names-kept-honorifics';
import { keepTimesThingsAndSpots } from './redact-kept-times-things-spots';
import { hideNamesAtEveryMention } from './redact-names-every-mention';
import { hideNamesInEveryForm } from './redact-names-every-form';
import { hideWordNamesAfterOwnedRoles } from './redact-names-owned-roles-before-deeds';
import { hideNamesListedWithHidden } from './redact-names-listed-with-hidden';
import { hideNamesPairedWithUnits } from './redact-names-paired-units';
import { hideNamesOpeningBeforePersonVerbs } from './redact-names-opening-person-verbs';
import { maskSpokenCaseCodes } from './redact-case-codes-spoken';
import { maskHeldSpotCodes } from './redact-ids-held-spots';
import { maskSpotsPeopleHold } from './redact-ids-spots-people-hold';
import { maskSpotsBeforePeople } from './redact-ids-spots-before-people';
import { maskSpotsWriterHolds } from './redact-ids-spots-writer-holds';
import { maskHomeLotsAndParkingSpots } from './redact-ids-home-lot-parking-spot';
import { maskSpotsTypedAndTasked } from './redact-ids-spots-typed-and-tasked';
import { maskOwnLockersUkrainianKreyol } from './redact-ids-own-lockers-uk-ht';
import { maskShortAndCapitalNames } from './redact-names-short-listed';
import { maskTwoLetterNamesActing } from './redact-names-two-letters-acting';
import { maskSmallNamesBeforeNegation } from './redact-names-small-before-negation';
import { maskNamesSetOffByUnits } from './redact-names-set-off-units';
import { maskNicknamesByUnits } from './redact-names-nicknames-by-units';
import { maskNicknamesDashedOrCoded } from './redact-names-nicknames-dashed';
import { maskEverydayWordsAsPeople } from './redact-names-everyday-words-as-people';
import { maskWordNamesPlaced } from './redact-names-word-names-placed';
import { maskWordNamesActing, maskWordNamesBeforeSurnames } from './redact-names-word-names-acting';
import { maskTwoLetterNamesAfterRoleIs, maskWordNamesAfterRoleIs } from './redact-names-word-after-role-is';
import { maskSpacedBracketInitials } from './redact-names-bracket-initials-spaced';
import { maskMoreBracketInitials } from './redact-names-bracket-initials-more';
import { maskLabelledAndSingleInitials } from './redact-names-bracket-initials-labelled';
import { keepPlacesVirtuesAndCapitalBrands } from './redact-names-kept-places-virtues';
import { keepNationalityWords } from './redact-names-kept-nationalities';
import { keepVerbsOwnedThingsAndSchoolKinds } from './redact-names-kept-verbs-owned-schools';
import { maskPersonalPlacesAndInitials } from './redact-personal-places';
import { maskNamesSmallDeclinedOrMarked } from './redact-names-small-declined-marked';
import { maskSmallMisspeltOrCasedNames } from './redact-names-small-misspelt-cased';
import { maskLatinPlatesLockersBarangays } from './redact-ids-plates-lockers-barangays';
import { maskCyrillicPlatesAndSetApartLockers } from './redact-ids-cyrillic-plates-set-apart-lockers';
import { maskLatinUkrainianPlatesAndWordedLockers } from './redact-ids-latin-ua-plates-worded-lockers';
import { maskWordedLockersMore } from './redact-ids-worded-lockers-op51b';
import { maskWordedLockersOp56a } from './redact-ids-worded-lockers-op56a';
import { keepDescriptionWords } from './redact-names-kept-word-shapes';
import { keepTreatmentsGroupsVerbsAndUnits } from './redact-names-kept-treatments-groups-verbs';
import { keepBirthVerbs } from './redact-names-kept-birth-verbs';
import { keepBirthVerbBeforeName } from './redact-names-kept-birth-verb-before-name';
import { keepRowsRoutesHeroesAndVerbs } from './redact-names-kept-rows-routes-verbs';
import { keepGermanWordsAfterRoles } from './redact-names-kept-german-words-after-roles';
import { keepModalsAndVerbsAfterRoles } from './redact-names-kept-modals-after-roles';
import { keepConditionsAfterIAm } from './redact-names-kept-conditions-after-i-am';
import { maskNamesKeptSmallOrAfterHidden } from './redact-names-small-or-after-hidden';
import { hideSurnamesAfterRoleAndName } from './redact-names-surname-after-role-name';
import { hideSurnamesAfterTitlesItPlUk } from './redact-names-after-titles-it-pl-uk';
import type { Rule } from './redact-rule';
import { maskSpokenPhoneNumbers } from './redact-spoken-numbers';
import {
  mask,
  MASKED,
  maskedSpans,
  placeholders,
  REDACTION_KINDS,
  type RedactedSpan,
  type RedactionKind,
} from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Redaction runs before anything is stored (promise 2 in DESIGN.md): names,
 * phones, emails, addresses, ids, URLs and number plates become `[NAME]`,
 * `[PHONE]`, `[EMAIL]`, `[ADDRESS]`, `[ID]`, `[URL]`, `[PLATE]`. The text is
 * first normalised (NFKC, invisible characters removed: normalise-text.ts);
 * rules then run from the most structured to the least, each masking what it
 * finds (redaction-kinds.ts) so that no rule re-reads another's find.
 *
 * It is heuristic. Its recall and precision per kind are measured on a
 * labelled corpus the project owns (eval/redaction/corpus.jsonl,
 * `npm run eval -- --redaction`), and asserted in
 * test/unit/analysis/redaction-corpus.test.ts.
 */

function rules(): Rule[] {
  // "555😀123😀4567", "5️⃣5️⃣5️⃣ …": digit groups parted by emoji, arrows, bars or keycaps (redact-digit-gaps.ts).
  const numbers = readingGapsBetweenDigits(readingLookAlikesAsDigits(readingCjkAsMarks(numberRules())));
  return [
    // "about my case KU5WS-6X6U6": the key to a case, before any rule takes its figures for something else.
    maskCaseCodes,
    // Round 32: "VIN 1HGCM82633A004352", "Fahrgestellnummer WDB…": a vehicle's number, before the digit rules read a piece.
    maskVehicleIds,
    // Blind round 24: a payroll reference with slashes ("PAY/0045/22") after a payroll or staff cue.
    maskSlashedStaffRefs,
    // op42: "queja formal RH-4471", "réclamation n° 2291", "Beschwerde Nr. 7781": a filing's number names who filed it.
    maskComplaintReferences,
    // r38: "my badge is W-00 4417", "employee id E-77 1234", "nimewo anplwaye m se 88213": the id whole after its cue.
    maskSplitBadgeIds,
    // Attack round 32: a timecard or clock-in number, an extension a digit at a time, a slashed worker code, a
    // parking place someone holds, part of a number plate.
    ...maskOwnedNumbers,
    // Round 33: "bay P47 is mine", "my spot B12": the code of a bay or spot someone holds.
    ...maskHeldSpotCodes,
    // ra35: "the guy on till five", "der Mitarbeiter an Kasse 3", "ten z szafki nr 41": a spot's number where a person is.
    maskSpotsPeopleHold,
    // r38: "the route 4 driver", "the lane 7 cashier", "der Tour-12-Fahrer": the spot before the one person there.
    maskSpotsBeforePeople,
    // spot39: "I work dock door 14", "trabajo en la caja 4", "ich arbeite an Tor 3": the writer's own post, by its number.
    maskSpotsWriterHolds,
    // red43b: "I live in the Lakeview trailer park, lot 12", "I park in spot 14 every day": the writer's lot or space.
    maskHomeLotsAndParkingSpots,
    // red40: "the cashier at chekout 3", "the woman who cleans room 214", "el que limpia la sala 3", "the security at
    // gate 7 is drunk": a post's number typed wrong, a job between the person and the post, or guarded.
    maskSpotsTypedAndTasked,
    // sp37: "моя шафка 118", "kazye 42 a se pa m": the writer's own locker in Ukrainian and Haitian Creole.
    maskOwnLockersUkrainianKreyol,
    // op46b: "мій номер авто AA 1234 BK", "tủ đồ số 88 của tôi", "ang locker ko ay 121", "Brgy. San Roque".
    maskLatinPlatesLockersBarangays,
    maskCyrillicPlatesAndSetApartLockers,
    // op50b: "BC 1234 AB is my car plate", "[PLATE] KX" whole, "tủ số mười bốn", "numero katorse ang locker ko".
    maskLatinUkrainianPlatesAndWordedLockers,
    // op51b: "my locker number twelve", "mi taquilla número doce", "il mio armadio dodici".
    maskWordedLockersMore,
    // op56a: "my locker is number twelve", "locker number fourteen is mine", "tủ đồ của tôi là số mười hai".
    maskWordedLockersOp56a,
    // Attack round 26: "2 91 11 69 123 045 72" (a French social security number), "8 (912) 345 67 89": whole.
    maskSpacedNationalIds,
    maskTrunkPrefixedPhones,
    // "venmo @john-doe-42", "licence D1234-56789-01234": whole, before the handle and plate rules take a piece.
    maskPaymentHandlesAndLicences,
    // Attack round 32: a code written a symbol at a time, slashed, as a hashtag, short of a symbol, or in halves
    // (after the licences, whose last group can look like a half: "SMITH 801234 JX9AB" is hidden whole).
    ...maskCaseCodePieces,
    // Round 33: "seven K Q four M dash X W nine T R", "my code is seven kay queue four em": a code said in words.
    maskSpokenCaseCodes,
    ...contactRules(),
    // Blind round 13: "zalo e là bebi_ngoc99", "fb ko po ay jhunjhun.delacruz", "my gmail: r o s a l i n d . k 8 8".
    maskHandlesAndSpelledMail,
    // "my twitch is jennyplays", "add me on steam: jennygamer99", "mon snap c'est juju_b": a handle after its platform.
    maskHandlesAfterPlatforms,
    // names39: "пишіть мені в телеграм kovalenko.o": a handle after a platform named in Cyrillic.
    maskHandlesAfterCyrillicPlatforms,
    // Attack round 33 (rn33): "venmo me at Tiana-Wells", "find me on linkedin as tiana wells", "my gmail tianaw92".
    maskNamedPaymentHandles,
    // Attack round 19: "ACME\jdoe", "my AD account jdoe7", "ping jdoe7 on teams", "C:\Users\jdoe7": a work login.
    maskWorkLogins,
    // Attack round 25: "password Summer2026!", "my pin is 4471": a key to someone's accounts.
    maskPasswords,
    // "johnsmith.dev", "kowalski.pl", "linktr.ee/janedoe": someone's own address written bare, in any domain; after
    // the emails ("j smith at acme.com") and handles ("insta @ is big.sal.deals"), which take theirs whole.
    maskPersonalWebAddresses,
    // Blind round 15: "tFerguson on the rota app", a username of an initial and a surname.
    maskCamelCaseHandles,
    maskDigitWordNumbers,
    // "my birthday is March 14, 1987", "hired 12 June 2015": before the number rules read its figures alone.
    maskPersonalDates,
    // op42 F2: "(started Nov 2)", "Entré el 15 de marzo de 2021", "Pracuję tu od 3 marca 2019": a hire day said so.
    maskHireDatesSaidMore,
    // op42: "My paycheck on 11/20 was short $212.37", "I left at 10:47pm on Nov 28", "nota el 14 de noviembre por mi
    // embarazo": the day, cents and minutes that make a row of payroll's, the time clock's or HR's one person's.
    maskRecordDaysCentsMinutes,
    // op46a: "I hurt my back on October 12", "congé maladie du 4 au 20 octobre", "mi hija nació el 3 de agosto",
    // "zatrudniono mnie 12 stycznia 2017": the day of an injury, a leave, a child's birth or a hire one person's file holds.
    maskOwnDays,
    // Blind round 12: "شارع الملك فهد، عمارة 12، شقة 4", "Flat 302, Shanti Apartments, Sector 15", "Gül Sok. No: 7 Daire 3".
    maskAddressesWrittenInParts,
    // Round 32: "he lives at 7 the paddocks", "sie wohnt am lindenweg 3", "abita in via roma 10": a home's street small.
    maskHomeStreetsWrittenSmall,
    // red43b: "Vivo en la calle Morelos, frente a …", "I live on Birchwood Drive": a home's street with no number.
    maskHomeStreetsNamed,
    // "desk 4B-117", "cubicle 12", "manager JKR", "— J.K.R.": one person's place, or initials for a name.
    maskPersonalPlacesAndInitials,
    // Round 34: "my cell is 555-CALL-JEN": a number with letters for digits; a business's "1-800-FLOWERS" stays.
    maskPhonesInLetters,
    // "call 555 123 and then 4567", "0 7 7 0 0  9 0 0  1 2 3": a number in pieces, before the number rules read each alone.
    maskPhonePieces,
    (t) => (/\d/.test(t) ? numbers(maskChineseNumbers(t)) : maskSpokenPhoneNumbers(t)),
    // "my social ends in 6789", "the number starts with 555 123": part of a number, after its word.
    maskNumberParts,
    // Property test, blind round 17: "07000.061586 1992 79 16" read as "07000.[ID]": the number is hidden whole.
    maskDottedNumberParts,
    // Blind round 24: the house and flat of a Russian address ("д. 7", "кв. 45").
    maskRussianAddressParts,
    // Blind round 22: "flat 5, 88 Kingsway, Leeds LS1 4AB": the street and town between an address's hidden parts.
    maskAddressContinued,
    // Blind round 22: "Calle Mayor 12, 3B", "14 Elm Street, 2nd floor": the flat or floor after a hidden address.
    maskAddressFlat,
    // Blind round 30: "Тrеvor", "Nісоlе": a name spelled with Cyrillic or Greek look-alikes among Latin letters.
    maskLookAlikeLetterNames,
    maskNamesInOtherScripts,
    // "저는 간호사 박지은입니다", "私は看護師の佐藤です", "اسم من علی رضایی است": a name after a role, or in Persian and Arabic.
    maskNamesAfterRoles,
    // "my name is john smith": the whole name, in capitals or not, before the names rules take its first word alone.
    maskSelfIntroducedNames,
    // "pak budi", "menejer budi santoso": Indonesian and Malay names in lower case after a title or a role.
    maskIndonesianNames,
    // Blind round 16: "Tremaine's girlfriend", "Svens Frau", "Kemal'in kardeşi": a name no list knows owning a person.
    maskPossessiveNames,
    // Blind round 16: "with rosalind yesterday", "pinky ne mujhe", "витёк с погрузки", "anh tuan": a name written small.
    maskSmallNamesAfterCues,
    // Blind round 16: "…\n高橋より", "夜勤の田中美咲ですが", "민준이랑 지호가", "组长Li Wei天天骂人".
    maskMoreCjkNames,
    // Blind round 30: "민수 오빠가", "丽丽姐", "阿强叔": a given name alone before a word of kinship or respect.
    maskNamesBeforeKinWords,
    // Attack round 29: "kim lee and park min-jun", "nguyen, thi lan said it": Korean, Chinese, Vietnamese names small,
    // before the names rules take half of one ("han [NAME]") and leave the rest a word.
    maskSmallEastAsianNames,
    // ra35: "Friday Okon stole", "Monday Etim drinks": a word-name or a day's name before a surname, before maskNames
    // hides the surname alone.
    maskWordNamesBeforeSurnames,
    // op48b: before the names rule, which took the unit after a small name for a surname ("con thao [ben]").
    maskSmallMisspeltOrCasedNames,
    maskNames,
    // names39: "tell kiri to", "letting nneka handle", "why does zaid get", "mi supervisora ramonita", "Ti Jan",
    // "Cormac … C-O-R-M-A-C": a name written small with no cue word, where only a person stands (before
    // maskUnlistedNames, which hides a spelled name but not its plain mention).
    maskBareNamesInPersonSlots,
    // red40: "ask tam about it", "i told kip and he laughed", "Mimi a dit que": a name no list holds, short ones too,
    // asked or told about something, told before "he"/"she", or saying something in a tense with an auxiliary.
    maskShortNamesInSpeechSlots,
    // "my cousin Kimberley", "ask for dolores", "el Chema de logística", "r.okafor", "k😡e😡v😡i😡n": a name no list
    // knows where the words around it say a person is meant.
    maskUnlistedNames,
    // Blind round 30: "Zoltánnal", "Mikolle", "Virtasen kanssa", "Novákovi", "Tomui": a listed name in a case form.
    maskNamesInCaseForms,
    // "Tamika in shipping told me", "Jarvis on nights said": a capital, a unit of the workplace, what a person did.
    maskNamesAtWork,
    // Round 34: a given name written small before a verb's "n't" without its apostrophe ("jasmine wont help").
    maskSmallNamesBeforeNegation,
    // Blind round 24: a nickname written small before a deed ("gaz said", "mo keeps"), or asked ("ask dazza he").
    maskSmallNamesBeforeDeeds,
    // Blind round 25: two names written small and joined ("amber and rose from packing", "ask will or jack about").
    maskPairedSmallNames,
    // Blind round 17: "Dominique keeps stealing", "tell Brayden to stop", "a fight with Octavia", "ms. abernathy".
    maskNamesInPersonSlots,
    // ra37: "nowak z utrzymania ruchu pije", "Schmidt fälscht Rechnungen", "demandez à girard", "fernández y
    // fernández": a surname as the subject or as whom to ask, with no cue word before it.
    maskSurnamesInSubjectSlots,
    // r38: "brennan from the paint shop keeps touching", "becker aus Halle 2 schreit", "Hoffmann schikaniert": a
    // surname no list holds opening the text before its unit and a deed, or a listed one before any person's verb.
    maskSurnamesOpeningTexts,
    // r38: "si dela cruz sa maintenance", "pinagalitan ako ni Tolentino", "se Wideline ki …", "mande Jinette": a name no
    // list holds after a Tagalog or Creole person's mark, in a text of that language.
    maskNamesAfterPersonMarkers,
    // Attack round 30: "Sgt. Brewer searched my bag", "Prof. Glass": a surname that is a word, after a title.
    maskWordSurnamesAfterTitles,
    // Attack round 30: "Frank pushed me", "yesterday Miller shoved her": a name that is a word, before a deed to someone.
    maskWordlikeNamesBeforeDeeds,
    // Round 31: "Frank the forklift guy", "Bill (night shift) keeps staring", "Tiny keeps grabbing", "Fozzy on B shift
    // sells", "amber in HR shared my complaint": a name that is a word, where what is said of it fits only a person.
    maskDescribedNames,
    // Round 32: "Smiley from the canteen spat", "I told rusty to stop", "the night supervisor is rob", "Pat's been
    // drinking": a name or nickname that is a word, where only a person stands.
    maskWordNicknames,
    // Round 33: "Kev-from-goods-in shoved me", "Chalky, from dispatch, grabbed me", "the supervisor on nights is will".
    maskNamesSetOffByUnits,
    // Round 34: "Shorty, line 4, grabbed me", "Moose-Line2 groped her": a nickname set off by its unit or hyphened to it.
    maskNicknamesByUnits,
    // ra35: "Pitbull \u2014 maintenance team \u2014 threatens everyone", "Rocky from station 4 steals tips".
    maskNicknamesDashedOrCoded,
    // r37: "Tank threatened me", "ask Red, he saw it", "it was Rocket from days": any everyday word as someone's name.
    maskEverydayWordsAsPeople,
    maskWordNamesAfterRoleIs,
    // Round 34: "the supervisor is Bo and he yells", "el supervisor es Sy y nos grita": a two-letter name there.
    maskTwoLetterNamesAfterRoleIs,
    // Attack round 30: "Miller is a creep", "HR protects Cooper": a trade's surname with its capital and no article.
    maskTradeSurnames,
    // Attack round 30: "the guy in receiving (Okafor) yells", 'our lead "Tran"': who is meant, added in brackets.
    maskBracketedNames,
    // Round 32: "the forklift driver (jb) was drunk", "mein Chef (JB) schreit": initials in brackets after a person.
    maskBracketedInitials,
    // Round 33: "the driver (J B) was drunk": initials written apart.
    maskSpacedBracketInitials,
    // Round 34: "my lead [TM] yells", "someone (R. O.) is stealing", "two leads (JK and TM)", "the driver (AB) yelled".
    maskMoreBracketInitials,
    // ra35: "(initials AB)", "the guard (L.) searched", "(S. and T.)", "nurse (R.M.) steals meds".
    maskLabelledAndSingleInitials,
    // "mein Sohn Jan", "my daughter April", "Jan from packing yelled": a name the calendar has too, where it is a person.
    maskCalendarNames,
    // "sister o'hara", "ask o'neill": an Irish surname written small.
    maskIrishSurnames,
    // "jo-anne", "kayleigh-ann": a double given name written small.
    maskSmallDoubleNames,
    // "goes by "smokey"", "the foreman they call Big Al", "le dicen el Flaco": a nickname after its cue.
    maskNicknames,
    // r38: "el Chino (así le dicen) me empujó", "le Gros du quai m'a poussé", "tinatawag naming 'Bulldog'".
    maskArticledNicknames,
    // "Sharma ji", "Patil sir": a name before the respect Indian English puts after it.
    maskHonorificNames,
    maskHashtagNames,
    // Where a name stands says it is one ("Sincerely, Bartholomew"), whatever the name lists know.
    maskSignatureNames,
    // "my manager hunter", "sincerely, jay": a lower-case name that is also a word, where its place says it is a name.
    maskLowerCaseNamesByPlace,
    // Blind round 12: "kayden on the night crew", "ask tay-tay in the bakery", "die Svenja aus der Logistik".
    maskPlacedLowerCaseNames,
    // Round 13: "Wang Fang yells", "Sun [NAME]", "ask xiao li": a Chinese name in pinyin, both halves.
    maskPinyinNames,
    // Blind round 13: "chefen Göran skriker", "der olli vom wareneingang": a role as Nordic languages and spoken German write one.
    maskNamesAfterRoleNouns,
    maskHandleRests,
    // Blind round 13: "@trey-w-1994" read as "[NAME]-w-1994".
    maskHyphenedHandleRests,
    // "Hunter and [NAME]", "Smokey aka [NAME]", "JP [NAME]": a word beside a hidden name, joined to it, is a name too.
    maskNamesBesideHidden,
    // Attack round 33: "Haley and [NAME] are bullying me", "[NAME] and Vince were drinking": a pair acting on someone.
    maskNamesPairedActing,
    // Blind round 22: "[NAME] el amrani", "[NAME] bin salem", "[NAME] da silva": the rest of a surname after its particle.
    maskSurnameParticles,
    // Attack round 26: "[NAME] de la fuente", "Herrn Schmidt-Öztürk", "[NAME]-mcdougall", "Brayden [NAME]".
    maskSurnameParticleChains,
    maskCompoundSurnames,
    maskGivenNamesBeforeHiddenSurnames,
    // Blind round 28: "surname: Pettigrew", "accused: leopold fairweather", "kowalewski, [NAME]", "[NAME] chang from".
    maskLabelledNames,
    // Blind round 13: "La Chofi y el [NAME]", "Kaśka i [NAME] z magazynu", "deshawn n [NAME]": no list knows the name.
    maskNamesListedBeside,
    // Blind round 15: "ik en joris van de nachtdienst", "sits next to Rhiannon", "it's hargreaves who", "el tal chuy".
    maskNamesBesideWriter,
    // Blind round 16: "Kemal'in kardeşi", "Zeynep'e söyledim": a known name with a Turkish case ending after an apostrophe.
    maskTurkishNamesWithEndings,
    // Blind round 18: "Desmond's idea", "its shauna's fault": a name no list knows owning what only a person has.
    maskNamesOwningDeeds,
    // Blind round 18: "Jolene here from the bakery", "thx, ronan", "J.D. from IT", "Sparky (the electrician)".
    maskNamesPointedOut,
    // Blind round 18: "il capo franco ci fa", "el jefe rosendo nos grita": a name that is a word, after a role.
    maskWordlikeNamesAfterRoles,
    // ra35: "la jefa rosa insulta a las chicas": a small given name that is a word, after a role, before a verb.
    maskSmallNamesAfterRolesBeforeVerbs,
    // Blind round 18: "Ayşegül'ün yaptığı": a name no list knows before a Turkish genitive and what it owns.
    maskTurkishGenitiveNames,
    // Blind round 18: "el modeer 3amr": a name in arabizi after a role.
    maskArabiziNames,
    // Blind round 23: "…keep sticking. R.", "thanks, A", "…in bay 4 J.": one initial signing the text.
    maskLoneInitialAtEnd,
    // Blind round 30: "— D. Whitfield, COO", "(Priyanka R.)", "signed 'H.B.'": a name with its initials.
    maskInitialledNames,
    // Blind round 30: "the one stealing is Leopold, not me".
    maskNamesSetAgainstMe,
    // Attack round 33 (rn33): "Kaitlyn & Haley are bullying me", "Quinton was fighting", "his buddy Vince", "Mac from
    // receiving". Last, so that no rule after it reads the word before a name it hid as a given name ("sein Kumpel").
    maskUnlistedNamesActing,
    // Round 34: "Blessing was clocking people out", "Jannik aus dem Wareneingang", "Rhys&Blessing", "bizum a Teodulo":
    // a name that is a word, or no list knows, where only a person stands (after the pairs, to read "[NAME]&Blessing").
    maskWordNamesPlaced,
    // ra35: "Precious cried", "Gift was forced to work unpaid", "Charity works nights": a word-name doing what people do.
    maskWordNamesActing,

    // Round 34: "Ask [NAME] or Cy", "Jo and Al", "JK from IT", "NOWAK from the night shift", "N'Golo": short or loud
    // names read by the names, joiners and units beside them, once every other rule has hidden what it knows.
    maskShortAndCapitalNames,
    // ra35: "Ed said no, Ty said go, and Bo just left", "Bo and I", "Ng from accounts": a two-letter name in prose.
    maskTwoLetterNamesActing,
    // op46b: "hope in HR lost my forms", "micheal in recieving", "thằng hùng", "dite a pino di", "zeg tegen jaap dat",
    // "kay rj", "Bautista ng receiving ay", "в тараса", "ірці": a name written small, misspelt, marked or declined.
    maskNamesSmallDeclinedOrMarked,
    // op51a: "the foreman, [NAME] jonsen", "майстер [NAME] петренко", "to truong tuan", "pan kierownik jan", "tell
    // gregg in maintenance", "jon smyth in shipping": a surname after a hidden name, names after titles and at work.
    maskNamesKeptSmallOrAfterHidden,
  ];
}

const RULES = rules();

/** The normalised text and where personal data lies in it. */
export interface Findings {
  /** The text as redaction reads it (see normaliseForRedaction). */
  text: string;
  spans: RedactedSpan[];
}

/**
 * Names found by a reader the rules do not know (the conflict matcher's
 * sponsors, however spelled): given the normalised text, the spans to hide
 * as names before the rules run.
 */
export type NameFinder = (normalised: string) => readonly { start: number; end: number }[];

/** Finds personal data in text: what redact() would replace, in the positions of the normalised text. */
export function findPersonalData(text: string, names?: NameFinder): Findings {
  const normalised = normaliseForRedaction(text);
  return { text: normalised, spans: maskedSpans(maskAll(normalised, names)) };
}

const PLACEHOLDER = lazyPattern(String.raw`\[(${REDACTION_KINDS.join('|')})\]`, 'g');

/**
 * Runs the rules until nothing more is found (a find can expose another:
 * "@0@0"), at most a few rounds. A rule that found nothing is not run
 * again on the same text: the names rule, the costliest, runs once on most
 * texts, and twice where its finds may reveal more ("Ashton Carter"). Placeholders
 * already in the text count as what they stand for, so redacting redacted
 * text changes nothing.
 */
function maskAll(normalised: string, names?: NameFinder): string {
  const [masked] = maskEach([normalised], names);
  if (masked instanceof Error) throw masked.cause;
  return masked!;
}

/**
 * maskAll over a batch: each rule reads every text of the batch before the
 * next rule starts, so its patterns, tables and compiled code stay in the
 * processor's cache for the batch instead of being pushed out by the other
 * rules' at every text (the names rule's lists above all). Each text still
 * meets the rules in the same order, rounds and skips as alone, so what it
 * becomes is the same. A text that breaks a rule comes back as an Error
 * (its cause what was thrown) and the rest of the batch goes on.
 */
function maskEach(normalised: readonly (string | Error)[], names?: NameFinder): (string | Error)[] {
  const premasked = normalised.map((text) =>
    attempt(text, (text) => {
      let out = text.includes('[')
        ? text.replace(PLACEHOLDER.get(), (m, kind: RedactionKind) => mask(kind, m.length))
        : text;
      for (const { start, end } of names?.(text) ?? [])
        out = `${out.slice(0, start)}${mask('NAME', end - start)}${out.slice(end)}`;
      return out;
    }),
  );
  // The rules read digits of other scripts as ASCII ("٠٥٠١٢٣٤٥٦٧", "۰۹۱۲…") and any dash between
  // digits as "-" ("555–123–4567", "090ー4726ー1538"); what is not masked keeps what was written.
  const reading = premasked.map((text) => attempt(text, (text) => asciiSeparators(asciiDigits(text))));
  return maskRounds(reading).map((found, i) => {
    const read = reading[i]!;
    const written = premasked[i]!;
    const masked =
      found instanceof Error || read instanceof Error || written instanceof Error
        ? found
        : // Blind round 12: "caffè Lavazza", "the Victoria Street entrance" are no people.
          // Blind round 13: "em Campinas e Belo Horizonte", "le distributeur Nespresso" are no people either.
          // Blind round 16: "the Jack Daniels", "more Sharpies", "the Victoria line", "Ankara'da var" are no people.
          // Blind round 17: "Sharpie markers", "al bar Lavazza", "o pessoal do Santander", "Utrecht Centraal",
          // "Juneteenth", "до Нового года", "Пятёрочка рядом закрылась" are no people either.
          // Blind round 18: "la navetta per Mestre", "Jackson and Charlotte warehouses", "Jira", "Holi" are no people.
          // Blind round 22: "can we get Ibuprofen", "Ventolin is out" are no people.
          // Blind round 23: "our supplier in Jordan", "St Thomas' Hospital", "Faith in management is at zero",
          // "the BECCA highlighter testers" are no people.
          // Blind round 28: "Victoria station", "Wellington boots", "Кофемашина Nespresso", "@channel" are no people.
          // Blind round 30: "v Brně", "Tampereella ja Oulussa", "Jackson Heights", "the Morgan Hill route" are no people.
          // Round 32: "bought it from John Lewis", "the Henry hoover", "met at Victoria Park", "near Bishop Auckland".
          // Round 32 re-attack: "where Gary parks the reach truck" keeps "parks".
          keepingClustersWhole(
            read,
            keepVerbsAfterNames(
              read,
              keepShopsParksAndMachines(
                read,
                keepPlaceForms(
                  read,
                  keepThingsNamedAfterPeople(
                    read,
                    keepPlacesVirtuesAndCapitalBrands(
                      read,
                      keepMedicines(
                        read,
                        keepRoutesSitesAndBrands(
                          read,
                          keepShopsStationsAndHolidays(
                            read,
                            keepBrandsLinesAndTowns(
                              read,
                              keepTownsAndBrands(read, keepProductsAndPlaces(read, found, written), written),
                              written,
                            ),
                            written,
                          ),
                          written,
                        ),
                        written,
                      ),
                      written,
                    ),
                    written,
                  ),
                  written,
                ),
                written,
              ),
              written,
            ),
          );
    // Round 33: a word for when before a name, German things from a unit, a bay's code, a time on the clock.
    // Round 34: "a guy from receiving", "paga su PayPal:", "Сьогодні Київ", "Amazon keeps …" are no people.
    // ra35: "Holly and Ivy decorations" are plants; "la supervisora lucía empuja" keeps its verb.
    const kept =
      masked instanceof Error || read instanceof Error || written instanceof Error
        ? masked
        : // said37: a name still hidden once all is given back is hidden at its other mentions too;
          // said38: in its other forms too (declined, written small, without accents, owned without "'"), and the
          // other name of a pair.
          hideNamesInEveryForm(
            read,
            hideNamesAtEveryMention(
              read,
              NAMES_READ_AFTER_GIVE_BACKS.reduce(
                (out, hide) => hide(read, out),
                WORDS_GIVEN_BACK.reduce((out, giveBack) => giveBack(read, out, written), masked),
              ),
              written,
            ),
            written,
          );
    if (kept instanceof Error || written instanceof Error || reading[i] === written) return kept;
    let out = '';
    for (let c = 0; c < kept.length; c++) out += MASKED.test(kept[c]!) ? kept[c] : written[c];
    return out;
  });
}

/** `read(text)`, or the Error it threw; an Error given stays as it is. */
function attempt(text: string | Error, read: (text: string) => string): string | Error {
  if (text instanceof Error) return text;
  try {
    return read(text);
  } catch (cause) {
    return new Error('redaction failed', { cause });
  }
}

function maskRounds(starts: readonly (string | Error)[]): (string | Error)[] {
  const masked = starts.slice();
  // Per text, the text each rule last found nothing in.
  const foundNothingIn: (string | undefined)[][] = starts.map(() => []);
  let left = starts.flatMap((text, i) => (text instanceof Error ? [] : [i]));
  for (let pass = 0; pass < 4 && left.length; pass++) {
    const before = left.map((i) => masked[i]);
    RULES.forEach((rule, r) => {
      for (const i of left) {
        const text = masked[i]!;
        if (text instanceof Error || foundNothingIn[i]![r] === text) continue;
        try {
          const next = rule(text);
          if (next === text) foundNothingIn[i]![r] = text;
          masked[i] = next;
        } catch (cause) {
          masked[i] = new Error('redaction failed', { cause });
        }
      }
    });
    left = left.filter((i, j) => !(masked[i] instanceof Error) && masked[i] !== before[j]);
  }
  return masked;
}

/**
 * Replaces personal data in text with placeholders: `[NAME]`, `[PHONE]`,
 * `[EMAIL]`, `[ADDRESS]`, `[ID]` (employee and badge numbers, SSNs, IBANs,
 * card numbers that pass the Luhn check), `[URL]` and `[PLATE]`. What is
 * not hidden stays as written ("2º turno" is not stored as "2o turno"),
 * without invisible characters (keep-writing.ts); redacting it again changes
 * nothing.
 *
 * @example
 * redact('Call Mike at (555) 123-4567 or mike@example.com')
 * // 'Call [NAME] at [PHONE] or [EMAIL]'
 */
export function redact(text: string, names?: NameFinder): string {
  const [redacted] = redactEach([text], names);
  if (redacted instanceof Error) throw redacted.cause;
  return redacted!;
}

/**
 * redact() over a batch, each rule over every text before the next (see
 * maskEach): what each text becomes is what redact() makes of it. A text
 * that breaks redaction comes back as an Error, its cause what was thrown.
 */
export function redactEach(texts: readonly string[], names?: NameFinder): (string | Error)[] {
  const normalised = texts.map((text) => attempt(text, normaliseForRedaction));
  return maskEach(normalised, names).map((masked, i) => {
    const read = normalised[i]!;
    if (read instanceof Error) return read;
    return attempt(masked, (masked) => placeholders(asWritten(texts[i]!, read, keepFullStops(read, masked))));
  });
}

/** What the names rules took that is no person, given back in this order, each on what the one before left. */
const WORDS_GIVEN_BACK = [
  keepTimesThingsAndSpots,
  keepPeopleWordsAndPaymentApps,
  // r37: "via Wise, Venmo or Google Pay": services in a list the names rules took whole.
  keepListedPaymentServices,
  keepWellKnownPlacesAndFirms,
  keepPlantsAndVerbsAfterRoleNames,
  // r37: "locker 118 door is hanging off", "I work till 5 every day": a thing's number, a time.
  keepNumbersOfThingsAndTillTimes,
  // r38: "il furgone Iveco", "у Львові", "на Великдень", "pou Nwèl": a make after its vehicle, a city, a feast.
  keepMakesCitiesAndFeasts,
  // names39: "biwo Jacmel ak Okap", "z Mariupolia i Odesy", "у Києві і Львові", "the Austin and Dallas crews",
  // "from Chase to Wells Fargo": towns, banks and brands that are given names too, where only a place stands.
  keepTownsTeamsAndBanks,
  // names39: "supervisor ravi bhai sabko…": the respect after a name is no surname.
  keepHonorificsAfterNames,
  // op42: "jestem jedynym Polakiem", "ty Polaczku", "người Việt": a word for where someone is from is no name.
  keepNationalityWords,
  // op44: "Entregué mi reporte", "Estaciono mi carro", "Ma voiture", "Szkoła Podstawowa nr 12": a verb of "I" opening a
  // sentence, the writer's thing written small, a school's kind are no names.
  keepVerbsOwnedThingsAndSchoolKinds,
  // op46b: "l'unica donna", "sou a grávida", "nació", "Soy la única", "die Einzige": everyday words, no names.
  keepDescriptionWords,
  // op48c and op48b (one give-back since op51a): "going through chemo", "agli Alcolisti Anonimi", "mit dem Rollstuhl",
  // "Vengo dal", "urodziła się", "con [NAME] ben kho", "Слава Україні".
  keepTreatmentsGroupsVerbsAndUnits,
  // op50a: "Nació mi hija", "ganhou neném", "pariu": a birth's verb is no name.
  keepBirthVerbs,
  // op51b: "Nació [NAME] el 30/10": the verb a name was hidden with is no name.
  keepBirthVerbBeforeName,
  // op50b: "sa hanay B", "papuntang Maynila", "anh hùng lao động", "Widziałem [NAME]": rows, towns, heroes, verbs.
  keepRowsRoutesHeroesAndVerbs,
  // op51a: "der Chef weiß es", "Frau [NAME] weiß es": a German word written small after a role or a name.
  keepGermanWordsAfterRoles,
  // op56b: "mi jefe debe firmar", "Der Chef weiß Bescheid", "buntis ako at pinapabuhat", "my locker, the one with".
  keepModalsAndVerbsAfterRoles,
  // op58: "I'm transgender", "Soy testigo de Jehová", "Ich bin HIV-positiv": what one is after "I'm" is no name.
  keepConditionsAfterIAm,
] as const;

/**
 * red40: people the give-backs left visible, read once they have run, so that no give-back returns them: a place or
 * word as a name after an owned role before a deed ("my manager Dallas yells"), then the other names of a list where
 * one is hidden ("Sierra and [NAME] always bully"). Before every mention is hidden, so each spreads.
 */
const NAMES_READ_AFTER_GIVE_BACKS = [
  hideWordNamesAfterOwnedRoles,
  hideNamesListedWithHidden,
  // red41: "Paris from accounting and [NAME] in IT", "Rio, Fen, Dallas always skip the rota".
  hideNamesPairedWithUnits,
  // red41: "Dallas said we can't", "Paz me gritó": a place or word as a name opening a sentence.
  hideNamesOpeningBeforePersonVerbs,
  // op56b: "the manager, [NAME] ashworth", "el supervisor [NAME] castañeda", "бригадиру, [NAME] шевчуку".
  hideSurnamesAfterRoleAndName,
  // op56b: "il dottor galli", "la dottoressa ferri", "pan inżynier kowalczyk", "пан директор коваленко".
  hideSurnamesAfterTitlesItPlUk,
] as const;

/**
 * A find that ends in an abbreviation's dot ("Baker St.", "Elm Ave.") also
 * took the full stop of a sentence ending there; the dot is given back, so
 * "[ADDRESS]." still ends its sentence. A dot says nothing of what was hidden.
 * Not after initials before a word written small: that sentence goes on.
 */
function keepFullStops(normalised: string, masked: string): string {
  if (!masked.includes('.') && !normalised.includes('.')) return masked;
  let out = masked;
  for (const { start, end } of maskedSpans(masked)) {
    // fx35r: initials with a word written small after them go on the same sentence ("J.K. from the night crew",
    // "P.L. nous crie"): the dot was the initial's, not a full stop, and giving it back left "[NAME]. from".
    // r36: so does an "&" or "+" joining another's ("(S. & T.)").
    const initials = /^(?:\p{Lu}\.[ \t]?)+$/u.test(normalised.slice(start, end));
    const atSentenceEnd =
      end === normalised.length ||
      (/\s/.test(normalised[end]!) && !(initials && /^\s+[\p{Ll}&+]/u.test(normalised.slice(end, end + 4))));
    if (end - start > 1 && normalised[end - 1] === '.' && atSentenceEnd)
      out = `${out.slice(0, end - 1)}.${out.slice(end)}`;
  }
  return out;
}

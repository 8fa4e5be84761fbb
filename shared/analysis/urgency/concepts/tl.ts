import type { ConceptLexicon } from '../frames';

/*
 * Tagalog (and Taglish) words for the frames' concepts. Tagalog marks verbs
 * with prefixes and infixes (harang → nakaharang, hinaharangan), so stems are
 * found inside words; English concepts also run on every Latin-script text.
 */
export const tagalogConcepts: ConceptLexicon = {
  exit: String.raw`freezer|cold room|chiller|bodega ng yelo|fire exit|emergency exit|labasan|exit\b|pintuan|pinto\b|daanan|hagdan|likod na pinto|pinto sa likod`,
  obstructed: String.raw`mula sa loob|sa loob|nakulong|na-?trap|naipit|harang|bara\b|barado|nakaharang|naka-?lock|nakakandado|kandado|padlock|sarado|nakasara|tinali|nakakadena|kadena|sa harap|harapan|nakatambak|nakapatong|hindi (?:mabuksan|bumukas|makadaan|makalabas)|di (?:mabuksan|makadaan|makalabas)|ayaw bumukas`,
  fire: String.raw`sunog|apoy|usok|nagliliyab`,
  trapped: String.raw`walang (?:makakalabas|makalabas|makakatakas|lalabas)|hindi (?:kami |tayo )?(?:makakalabas|makalabas)|di (?:kami |tayo )?(?:makakalabas|makalabas)|makukulong|nakulong|trapped|walang labasan`,
  electric: String.raw`saksakan|kawad|wire|wiring|kable|kuryente|outlet|socket|breaker|extension|plug|switch`,
  electricFault: String.raw`spark|kislap|kumikislap|usok|umuusok|natunaw|nasusunog|sunog|nakuryente|kuryente|basa|tubig|tulo|tumutulo|baha|lantad|nakalitaw|balat|putol|mainit|nakalaylay`,
  gas: String.raw`gas\b|ammonia|kemikal|chemical|chlorine|usok|singaw|solvent|asido|muriatic|bleach`,
  leaking: String.raw`amoy|umaalingasaw|tagas|tumatagas|leak|tapon|natapon|hilo|nahihilo|himatay|nahimatay|sumuka|suka\b|sakit ng ulo|masakit ang ulo|lason|nalason|hirap huminga|ubo|inuubo|nasusuka`,
  guard: String.raw`fire alarm|smoke detector|sprinkler|fire extinguisher|emergency light|hagdan|baitang|barandilya|hawakan|hagdanan|scaffold|rack|guard|takip|cover|harang ng makina|emergency stop|e-stop|sensor|barandilya|hawakan|preno|brake|rehas`,
  removed: String.raw`pinatay|patay pa|nakapatay|tinanggal|sira|basag|lumuwag|maluwag|bumigay|gumuho|hindi gumagana|tinanggal|tanggal|inalis|alis\b|sira\b|sira na|nasira|hindi gumagana|di gumagana|ayaw gumana|wala na|walang\b|kulang`,
  lacking: String.raw`walang\b|wala kaming|wala kami|hindi (?:binibigyan|nagsusuot|binigyan)|di binigyan|kulang sa|nang walang|ng walang`,
  protection: String.raw`harness|helmet|hard hat|gloves|guwantes|goggles|salamin|mask\b|maskara|ppe\b|safety (?:shoes|belt|gear)|bota|lubid|tali\b|vest`,
  following: String.raw`hihintayin|hinihintay|maghihintay|aabangan|inaabangan|inaabangan ako|aabangan|hinihintay (?:ako|niya ako)|hinintay ako|sinusundan|sinundan|sumusunod sa akin|binabantayan ako|minamatyagan`,
  place: String.raw`anong oras ako out|oras ng out|pag-?out ko|paglabas ko|uwian|parking|paradahan|kotse|sasakyan|bahay|sakayan|jeep|bus\b|labas|gabi-gabi|gabi gabi|araw-araw|araw araw|locker|cr\b|banyo|kalye|kanto|uwian|pauwi`,
  touching: String.raw`hinihipo|hinipo|hipo|hinahawakan|hinawakan|hawak|kinakapa|kinapa|dinadakma|dinakma|hinahalikan|hinalikan|kinukurot|yakap|niyayakap|sinasandal|dinidikit`,
  body: String.raw`puwit|pwet|dibdib|suso|hita|binti|bewang|baywang|buhok|leeg|katawan|kami lang|kaming dalawa|mag-isa|nag-iisa|kahit (?:sinabi|ayaw)|ayaw ko|walang pahintulot|pahintulot|hindi komportable|ako\b`,
  images: String.raw`nagme-?message|voice message|pinag-?uusapan|sinasabi tungkol|message|text\b|chat\b|biro|litrato|larawan|picture|pic\b|pics\b|photo|video|selfie|pinapadalhan|pinadalhan|sinesend`,
  sexual: String.raw`katawan ko|katawan niya|suot ko|napapanaginipan|panaginip|in love sa akin|na-?block|bagong account|ibang number|tuloy pa rin|hubad|bastos|malaswa|sexual|sekswal|porn|maselang|di ko (?:naman )?hiningi|hindi ko hiningi|hindi ko hinihingi|kadiri|nakakadiri|brief lang|walang damit`,
  unfair: String.raw`hindi (?:ako |siya )?(?:na-?promote|natanggap|na-?regular|na-?renew|pinromote|tinanggap)|di (?:ako )?(?:na-?promote|natanggap|na-?regular)|tinanggal|sinisante|tinanggal sa trabaho|pinaalis|binaba|kasi (?:buntis|babae|matanda|muslim|bakla|itim)|dahil (?:buntis|babae|matanda|muslim|bakla|itim|ako ay|sa)|kasi daw|dahil daw|iba ang trato`,
  trait: String.raw`buntis|pagbubuntis|maternity|babae|itim|negro|muslim|bakla|tomboy|lesbian|trans\b|pwd\b|may kapansanan|kapansanan|wheelchair|belo|hijab|punto\b|edad|matanda|relihiyon|lahi|kulay|dayuhan|probinsyano|bisaya|igorot`,
  group: String.raw`itim|negro|muslim|bisaya|igorot|probinsyano|intsik|bumbay|dayuhan|mga kasamahan naming|mga (?:\w+ )?na katrabaho`,
  dehumanising: String.raw`unggoy|tsonggo|hayop|alipin|madumi|marumi|mabaho|ipis|daga|basura|salot|tamad|magnanakaw|terorista|umuwi na kayo|bumalik kayo`,
  hurting: String.raw`bubugbugin|bugbog|bugbugin|papatayin|patayin|papatay|sasaktan|saktan|sasapakin|sapak|susuntukin|suntok|sasaksakin|saksak|babarilin|baril|gagantihan|lagot ka|lagot\b|humanda|resbak|aabangan kita|makikita mo|babasagin ang mukha`,
  ifReported: String.raw`kapag (?:nagsumbong|magsumbong|nagreklamo|nagsabi|sinabi)|pag (?:nagsumbong|nagreklamo|nagsabi)|kung (?:magsusumbong|magsumbong|magrereklamo|magsasabi)|sumbong|nagsumbong|hr\b|union|unyon|pulis|barangay|sa labas|pag-uwi|paglabas`,
  weapon: String.raw`kutsilyo|patalim|baril|itak|balisong|sundang|gulok|armas|panaksak|lanseta|knife|gun\b`,
  brandished: String.raw`nagdala|dinala|may dala|dala-dala|pinakita|ipinakita|nilabas|inilabas|winawagayway|kinakaway|nananakot|tinakot|tinutok|itinutok|locker|sa bag|sa bulsa`,
  givingAway: String.raw`pinamimigay|pinamigay|ipinamigay|ipinamimigay|binibigay ko na|ibinigay ko na|binigay ko na|namimigay|pamimigay`,
  belongings: String.raw`(?:mga )?gamit ko|(?:yung |ang )?mga gamit|(?:mga )?damit ko|(?:mga )?gamit\b|ipon ko|(?:mga )?bagay-?bagay`,
  hopeless: String.raw`pagod na ako sa lahat|pagod na (?:ako|ko) sa buhay|hindi ko na kaya|di ko na kaya|wala nang saysay|walang saysay|suko na|ayoko na|sawang-sawa|sawa na`,
  living: String.raw`mamatay|buhay\b|mabuhay|mawala|magpakamatay|di ko na kailangan|hindi ko na kailangan|wala na ako|tapusin`,
  records: String.raw`items|stocks?|paninda|produkto|sira\b|sirang|inventory|timesheet|time sheet|time card|dtr\b|bundy|oras sa|logbook|record|rekord|report|inspection|resibo|invoice|pirma|talaan|checklist`,
  falsified: String.raw`as sold|bilang sold|nabenta kahit|para gumanda ang numbers|pinapa-?encode|binago|binabago|pinalitan|pinapalitan|dinaya|daya\b|peke|pineke|ginawa-?gawa|inimbento|binura|dinagdagan|walang nag-?inspect|walang nag-?check|walang tumingin|kahit walang|hindi naman ginawa|di naman ginawa`,
  money: String.raw`pera\b|kaha\b|cash\b|sukli|tip\b|tips\b|benta|koleksyon|pondo|register`,
  taken: String.raw`kinukuha|kinuha|kumukuha|kinukupit|kinupit|kupit|ninanakaw|ninakaw|nakaw|binubulsa|ibinulsa|bulsa|nawawala|nawala|sa kaha|mula sa kaha`,
  farewell: String.raw`nagsulat (?:na )?(?:ako )?ng sulat|sulat para sa|nagpaalam|paalam na|gumawa ng will|huling habilin`,
  lovedOnes: String.raw`mga anak ko|anak ko|pamilya ko|nanay ko|asawa ko|just in case|kung sakali`,
};

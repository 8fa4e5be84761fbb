/*
 * Ukrainian: a person down and still, or pinned and screaming, told by state (as ../down-and-still.ts reads the other
 * languages): "лежить на підлозі і не рухається", "лежить під навантажувачем і кричить". Read through the Latin-letter
 * skeleton too (uk-latin.ts): "lezhyt na pidlozi i ne rukhayetsya", "vpav i ne dyhaye".
 */
const DOWN = String.raw`(?:(?:лежить|лежав|лежала|впав|впала|упав|упала|знепритомні\p{L}*|звалив\p{L}*|на підлозі|на землі))`;
const STILL = String.raw`(?:не (?:рухається|ворушиться|відповідає|реагує|дихає|приходить до тями|прокидається))`;
const UNDER = String.raw`(?:під (?:\S+ )?(?:навантажувач|палет|піддон|стелаж|машин|вантаж|візк|кар)\p{L}*)`;
const CRY = String.raw`(?:(?:кричить|кричав|кричала|стогне|плаче|не може (?:вибратися|вилізти|дихати|поворухнутися)))`;
export const UKRAINIAN_DOWN_AND_STILL = String.raw`${DOWN}[^.!?\n]{0,70}?${STILL}|${UNDER}[^.!?\n]{0,40}?${CRY}`;

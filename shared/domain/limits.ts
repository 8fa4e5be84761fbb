/** What one submission may hold: the SMS maximum, and under Comprehend's 5,000-byte document limit. */
export const MAX_TEXT_CHARACTERS = 1600;
export const MAX_TEXT_BYTES = 4900;
/**
 * The most parts a kiosk comment left on the screen is sent in, as one item (`kiosk-long-comment.ts`): 9,600
 * characters. The tablet sends a longer one's first and last parts, the end being where a danger written last is.
 */
export const MAX_KIOSK_COMMENT_PARTS = 6;
/** Any request body larger than this is refused with 413 before it is parsed. */
export const MAX_BODY_BYTES = 8 * 1024;

/**
 * A count written as people read it in English ("1,600"), the same as
 * `n.toLocaleString('en-US')` for whole numbers, without loading ICU's number
 * formatting: messages built at import would pay for it at every cold start.
 */
export const inEnglishDigits = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

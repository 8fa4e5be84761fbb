/** An enrolled break-room tablet. It names a place, never a person. */
export interface Kiosk {
  id: string;
  site: string;
  /** The operator's label, e.g. "Plant 2 break room". */
  name: string;
  /**
   * The ISO week (`2026-W48`), no finer: an enrolment or revocation time would be an anchor
   * for dating the writes around it (anonymity promise 3).
   */
  enrolledAt: string;
  /** The ISO week it was revoked in. */
  revokedAt?: string;
  /**
   * The language it starts each session in (`--language` at enrolment);
   * when unset, its site's language, else the installation's default.
   */
  language?: string;
  /**
   * Its enrolment link, while it is in the table: `waiting` for the tablet to
   * open it (until `validUntil`, an ISO time on the hour), or `expired` unused.
   * Absent once the tablet has used it (or for a kiosk enrolled before links were one-use).
   */
  link?: { state: 'waiting' | 'expired'; validUntil: string };
}

/**
 * A kiosk's one-use enrolment, as stored: the hash of the link's code, the
 * token sealed under that code (`shared/crypto/kiosk-enrolment-seal.ts`), and
 * until when the code works.
 */
export interface PendingEnrolment {
  codeHash: string;
  sealedToken: string;
  validUntil: Date;
}

/** What a valid token stands for: the kiosk and the site its submissions belong to. */
export interface KioskIdentity {
  kioskId: string;
  site: string;
  /** The language set at enrolment, if one was. */
  language?: string;
}

/**
 * Enrolled kiosks and their tokens (DynamoDB on AWS, dynalite locally).
 * Tokens are handled only as SHA-256 hashes; the raw token never reaches
 * this port.
 */
export interface KioskRegistry {
  /**
   * Stores a new kiosk and makes `tokenHash` valid for it; with `enrolment`,
   * also the one-use code the tablet gets its token with.
   */
  enrol(kiosk: Kiosk, tokenHash: string, enrolment?: PendingEnrolment): Promise<void>;
  /**
   * Takes the enrolment of this code hash out of the table and answers its
   * sealed token, once: a second call, or one after its `validUntil`, answers
   * undefined, as does a code never issued. Of two calls at once, one wins.
   */
  redeemEnrolment(codeHash: string): Promise<string | undefined>;
  /** Every kiosk ever enrolled, revoked ones included, by id. */
  list(): Promise<Kiosk[]>;
  /** Makes the kiosk's token, and its enrolment link if still unused, invalid at once. Returns the kiosk, or undefined if there is none with this id. */
  revoke(id: string): Promise<Kiosk | undefined>;
  /** The kiosk a token hash belongs to, or undefined if unknown or revoked. */
  findByTokenHash(tokenHash: string): Promise<KioskIdentity | undefined>;
}

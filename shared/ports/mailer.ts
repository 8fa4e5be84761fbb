export interface Email {
  to: string[];
  subject: string;
  html: string;
  text: string;
}

/** Sends email (SES v2 on AWS, aws-ses-v2-local locally). */
export interface Mailer {
  send(email: Email): Promise<void>;
}

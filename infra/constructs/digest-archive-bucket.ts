import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';

/** Where the digests are in the bucket: `S3DigestArchive` writes `digests/2026-W47.json`, `digests/2026-W47.sponsor-coo.json`. */
export const DIGEST_PREFIX = 'digests/';

/** Where the archive's server access logs are in the log bucket. */
export const DIGEST_ACCESS_LOG_PREFIX = 'digest-archive/';

export interface DigestArchiveBucketProps {
  /** How long a digest is kept from when it was last written: `retention.digestDays`. */
  readonly retention: Duration;
  /**
   * How long a digest that was replaced (a week built again) or has expired
   * is kept as an earlier version, so that a mistaken rebuild can be undone.
   * @default Duration.days(30)
   */
  readonly previousVersionRetention?: Duration;
  /** How long the record of who read or wrote which digest is kept. @default Duration.days(365) */
  readonly accessLogRetention?: Duration;
}

/**
 * The digest archive: the JSON of every digest sent (leadership's and each
 * sponsor's variant), which the digest web view reads back. Private,
 * encrypted, TLS only, retained when its stack is deleted; a digest expires
 * `retention.digestDays` after it was written. Versioned, so that a week
 * built again (after its figures have expired, say) does not destroy the
 * digest that was sent; an earlier version lives `previousVersionRetention`
 * more. Every request to it is recorded in a log bucket of its own.
 *
 * @example
 * const archive = new DigestArchiveBucket(this, 'DigestArchive', { retention: Duration.days(config.retention.digestDays) });
 * new CfnOutput(this, 'DigestBucketName', { value: archive.bucket.bucketName });
 */
export class DigestArchiveBucket extends Construct {
  readonly bucket: Bucket;
  /** The archive's server access logs: who (which role) read or wrote which digest, and when. */
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: DigestArchiveBucketProps) {
    super(scope, id);
    // S3 delivers the access logs under a bucket policy limited to the
    // archive bucket, rather than through the log-delivery ACL (which needs
    // ACLs enabled on the log bucket), whatever the app's feature flags say.
    this.node.setContext(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);

    this.accessLogs = new Bucket(this, 'AccessLogs', {
      // Server access logs can be delivered only to a bucket encrypted with S3-managed keys.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ id: 'ExpireAccessLogs', expiration: props.accessLogRetention ?? Duration.days(365) }],
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket holds only the server access logs of the digest archive. Logging it into itself would log every log delivery in a loop, and logging it into a third bucket would only move the same finding there. Only S3 log delivery, for the digest archive bucket of this account, may write to it; nothing in the stack reads it.',
    });

    const previousVersionRetention = props.previousVersionRetention ?? Duration.days(30);
    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: DIGEST_ACCESS_LOG_PREFIX,
      lifecycleRules: [
        {
          id: 'ExpireDigests',
          prefix: DIGEST_PREFIX,
          expiration: props.retention,
          noncurrentVersionExpiration: previousVersionRetention,
        },
        // An expired digest leaves a delete marker; once its earlier versions are gone, so is the marker.
        { id: 'RemoveExpiredDeleteMarkers', prefix: DIGEST_PREFIX, expiredObjectDeleteMarker: true },
      ],
    });
  }
}

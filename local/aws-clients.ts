import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SQSClient } from '@aws-sdk/client-sqs';
import { documentClient } from '../shared/runtime/aws-clients';

// Fixed credentials and region: the stand-ins ignore them, and giving them
// stops the SDK from probing the EC2 metadata address for real ones.
const local = (endpoint: string) => ({
  endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});

export const localDynamoDb = (endpoint: string) => new DynamoDBClient(local(endpoint));
export const localDocuments = (endpoint: string) => documentClient(localDynamoDb(endpoint));
export const localSqs = (endpoint: string) => new SQSClient(local(endpoint));
export const localSes = (endpoint: string) => new SESv2Client(local(endpoint));

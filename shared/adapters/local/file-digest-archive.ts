import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { digestSchema, type Digest } from '../../digest/model';
import { digestFileName, type DigestArchive, type DigestKey } from '../../ports/digest-archive';

/** Digests as JSON files in one directory (`DATA_DIR/digests/` locally), the local stand-in for the S3 archive. */
export class FileDigestArchive implements DigestArchive {
  constructor(private readonly directory: string) {}

  async put(key: DigestKey, digest: Digest): Promise<string> {
    await mkdir(this.directory, { recursive: true });
    const path = join(this.directory, digestFileName(key));
    // Write then rename, so a reader never sees half a file.
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, `${JSON.stringify(digest, null, 2)}\n`, { mode: 0o600 });
    await rename(partial, path);
    return path;
  }

  async get(key: DigestKey): Promise<Digest | undefined> {
    let text: string;
    try {
      text = await readFile(join(this.directory, digestFileName(key)), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    return digestSchema.parse(JSON.parse(text));
  }
}

/**
 * Writes several files as one change: every new content goes to a temporary file
 * next to its target first, and only when all of them are written are they
 * renamed into place. A command that fails before that point (a full disk, a
 * folder that is not writable) leaves every file as it was.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeFilesTogether(contents: ReadonlyMap<string, string>): Promise<void> {
  const staged: { temporary: string; file: string }[] = [];
  try {
    for (const [file, content] of contents) {
      const temporary = path.join(
        path.dirname(file),
        `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
      );
      staged.push({ temporary, file });
      await writeFile(temporary, content, 'utf8');
    }
  } catch (error) {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  }
  for (const { temporary, file } of staged) await rename(temporary, file);
}

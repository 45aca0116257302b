import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Every regular file under a folder, as `/`-separated paths relative to it (sorted).
 * @param root - the folder (a missing folder has no files)
 * @returns the relative paths
 */
export async function filesUnder(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await fs
      .readdir(path.join(root, relative), { withFileTypes: true })
      .catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      });
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) found.push(child);
    }
  };
  await walk('');
  return found.sort();
}

/**
 * Copies one file, creating its folder; the copy is readable by the owner only (report files are
 * patients' health records, encrypted or not).
 * @param source - the file
 * @param destination - where the copy goes (must not exist)
 * @returns false when the source vanished meanwhile (e.g. erased while the backup ran)
 */
export async function copyFileInto(source: string, destination: string): Promise<boolean> {
  await fs.mkdir(path.dirname(destination), { recursive: true, mode: 0o700 });
  try {
    await fs.copyFile(source, destination, fs.constants.COPYFILE_EXCL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  await fs.chmod(destination, 0o600);
  return true;
}

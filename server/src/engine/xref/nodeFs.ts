/** The real file system for cross-file resolution (the CLI's, and the server's for closed files). */
import * as fs from 'node:fs';
import type { FileSystem } from './moduleResolver';
import { MAX_FILE_BYTES } from '../workspace/walk';

export const nodeFileSystem: FileSystem = {
  readFile(file) {
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return undefined;
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
  fileExists(file) {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  },
};

// Run before each test file (vitest.config.ts `setupFiles`).
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.ts';

// However a file's tests ended, the temporary folders they made go with them.
afterAll(removeTempDirs);

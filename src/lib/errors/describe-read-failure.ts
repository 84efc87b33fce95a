const reasons: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'it is not a folder',
  ELOOP: 'too many symbolic links',
};

/** Why a file or folder could not be read, in words, from the error the file system gave. */
export function describeReadFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in reasons) return reasons[code]!;
  return error instanceof Error ? error.message : String(error);
}

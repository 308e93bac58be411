// The bounds in these tests catch work that grows out of hand (a pattern gone quadratic, an alias bomb expanded).
// They read the CPU time this process spent, not the wall clock: other processes on a busy machine stretch the
// wall clock of work that is fine, and a bound on it failed for that alone.
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

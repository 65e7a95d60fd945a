/**
 * Where a level's CPU went, from Linux's /proc: this process (the API, its
 * client thread, the pg clients), the PostgreSQL server's processes when it
 * runs on this machine, and the share the hypervisor took away (steal). On a
 * shared virtual machine steal explains figures that move from run to run
 * with the same code. Null where /proc is not there to read.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock ticks per second (USER_HZ) for /proc's CPU times. */
const TICKS_PER_SECOND = 100;

interface Snapshot {
  at: number;
  /** This process's CPU, µs. */
  node: number;
  /** PostgreSQL's processes' CPU, ticks. */
  postgres: number;
  /** All CPUs' time and the stolen part of it, ticks. */
  total: number;
  steal: number;
}

export interface CpuUsage {
  /** Cores' worth of CPU used on average over the level. */
  nodeCores: number;
  postgresCores: number;
  /** Of all the machine's CPU time over the level, the percentage the hypervisor gave to others. */
  stealPercent: number;
}

function postgresTicks(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres')) continue;
      // utime, stime, cutime and cstime are fields 14 to 17; the command before them may hold spaces, so count from
      // its closing parenthesis. A connection's process ends when the pool lets it go: the postmaster's cutime and
      // cstime (children reaped) keep its time in the sum.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').at(-1)!.trim().split(' ');
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return ticks;
}

function snapshot(): Snapshot | null {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    const { user, system } = process.cpuUsage();
    return { at: performance.now(), node: user + system, postgres: postgresTicks(), total: cpu.reduce((sum, value) => sum + value, 0), steal: cpu[7]! };
  } catch {
    return null;
  }
}

/** Runs `work` and says where the CPU went meanwhile. */
export async function measuringCpu<T>(work: () => Promise<T>): Promise<{ result: T; cpu: CpuUsage | null }> {
  const before = snapshot();
  const result = await work();
  const after = snapshot();
  if (!before || !after) return { result, cpu: null };
  const seconds = (after.at - before.at) / 1000;
  const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
  return {
    result,
    cpu: {
      nodeCores: round((after.node - before.node) / 1e6 / seconds, 2),
      postgresCores: round((after.postgres - before.postgres) / TICKS_PER_SECOND / seconds, 2),
      stealPercent: round(((after.steal - before.steal) / Math.max(1, after.total - before.total)) * 100, 1),
    },
  };
}

/**
 * A full disk, seen from the background. Chromium refuses writes with QuotaExceededError when
 * the disk holding the profile is (nearly) full, also for an extension with unlimitedStorage;
 * reads keep working. So: remember that the disk is full and what the index needs (the surfaces
 * say so), keep visits in memory until they can be written, and find out without a restart
 * when there is room again (a tiny probe write, at most every few seconds, when a surface asks).
 */
import type { KamerDocument } from '../../utils/corpus/model';
import { isQuotaError } from '../../utils/bundle/errors';
import type { KamerDb } from '../../utils/store/db';
import { recordVisit, type VisitInput } from '../../utils/store/history';
import type { StorageFull } from '../../utils/store/types';

/** Visits kept in memory while the disk is full (a reader's day, and then some). */
export const MAX_UNSAVED_VISITS = 200;
const PROBE_KEY = 'storage-probe';
const PROBE_INTERVAL_MS = 3_000;
const REOPEN_GRACE_MS = 3_000;

export type Estimate = () => Promise<{ usage: number | null; quota: number | null }>;

export class StorageHealth {
  full: StorageFull | null = null;
  private visits: { doc: KamerDocument; visit: VisitInput; at: number }[] = [];
  private lastProbe = 0;
  /** Free bytes (quota − usage) when a write last failed for want of room. */
  private freeAtFailure: number | null = null;

  constructor(
    private readonly db: KamerDb,
    private readonly estimate: Estimate,
    private readonly now: () => number = Date.now,
  ) {}

  /** Note a failed write; true when it was the full disk. */
  async failed(error: unknown, neededBytes: number | null = null): Promise<boolean> {
    if (!isQuotaError(error)) return false;
    const { usage, quota } = await this.estimate().catch(() => ({ usage: null, quota: null }));
    if (usage !== null && quota !== null) this.freeAtFailure = quota - usage;
    this.full = {
      since: this.full?.since ?? new Date(this.now()).toISOString(),
      neededBytes: neededBytes ?? this.full?.neededBytes ?? null,
      usageBytes: usage,
      quotaBytes: quota,
      unsavedVisits: this.visits.length,
    };
    this.lastProbe = this.now();
    return true;
  }

  /** Record a visit, or keep it for later when the disk is full (never lost while the worker lives). */
  async recordVisit(doc: KamerDocument, visit: VisitInput): Promise<{ saved: boolean }> {
    const at = this.now();
    if (this.full) await this.probe();
    if (!this.full) {
      try {
        await recordVisit(this.db, doc, visit, at);
        return { saved: true };
      } catch (error) {
        if (!(await this.failed(error))) throw error;
      }
    }
    this.visits.push({ doc, visit, at });
    if (this.visits.length > MAX_UNSAVED_VISITS) this.visits.shift();
    if (this.full) this.full.unsavedVisits = this.visits.length;
    return { saved: false };
  }

  /**
   * While the disk is full: try a tiny write; when it succeeds, write the kept visits and forget
   * the full disk. Returns true when it recovered just now.
   */
  async probe(force = false): Promise<boolean> {
    if (!this.full) return false;
    if (!force && this.now() - this.lastProbe < PROBE_INTERVAL_MS) return false;
    this.lastProbe = this.now();
    try {
      await this.probeWrite().catch(async (error: unknown) => {
        if (!isQuotaError(error)) throw error;
        // Chromium's connection can keep failing blob writes after the disk has room again;
        // a fresh connection does not (measured: without this, only a restart recovered).
        // Chromium keeps a database's backing store open for ~2 s after its last connection
        // closes: wait that out so the reopen gets a fresh one.
        this.db.close({ disableAutoOpen: false });
        await new Promise((resolve) => setTimeout(resolve, REOPEN_GRACE_MS));
        await this.db.open();
        await this.probeWrite();
      });
      while (this.visits.length) {
        const { doc, visit, at } = this.visits[0];
        await recordVisit(this.db, doc, visit, at);
        this.visits.shift(); // only once written: a failure half-way keeps the rest
      }
    } catch (error) {
      if (!(await this.failed(error))) throw error;
      return false;
    }
    this.full = null;
    return true;
  }

  /**
   * Some bytes, not one: a nearly full disk takes a tiny row and refuses the next real one. Over
   * 64 kB, as Chromium stores such values as files beside the database: that is what fails.
   */
  private async probeWrite(): Promise<void> {
    // Random, so no compression makes it small; getRandomValues fills at most 64 kB per call
    // (and says so with a QuotaExceededError of its own).
    const random = new Uint8Array(96 * 1024);
    for (let at = 0; at < random.length; at += 65_536)
      crypto.getRandomValues(random.subarray(at, at + 65_536));
    await this.db.meta.put({ key: PROBE_KEY, value: random });
    await this.db.meta.delete(PROBE_KEY);
  }

  /**
   * Whether a sync the full disk stopped is worth starting again by itself: once per clear
   * growth of the free space (half as much again, and a megabyte), so a disk that is still too
   * small for the index does not get a sync every few seconds.
   */
  async roomGrew(): Promise<boolean> {
    const { usage, quota } = await this.estimate().catch(() => ({ usage: null, quota: null }));
    if (usage === null || quota === null) return false;
    const free = quota - usage;
    if (this.freeAtFailure !== null && free < this.freeAtFailure * 1.5 + 1e6) return false;
    this.freeAtFailure = free;
    return true;
  }

  /** A write succeeded: the disk has room (again). */
  succeeded(): void {
    if (this.full && !this.visits.length) this.full = null;
  }
}

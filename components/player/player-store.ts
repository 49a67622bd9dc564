import {
  clampSeek,
  currentTrack,
  EMPTY_QUEUE,
  enqueue,
  nextInQueue,
  previousInQueue,
  type Queue,
  type QueueTrack,
  removeFromQueue,
  startQueue,
  switchToAlternate,
} from "./queue";

export type PlayerSnapshot = {
  queue: Queue;
  playing: boolean;
  /** Seconds, as of the last `timeupdate` (about 4 per second); read `currentTime()` for smooth UIs. */
  position: number;
  duration: number | undefined;
  volume: number;
  muted: boolean;
  /** The current track failed to load or play. */
  failed: boolean;
};

const VOLUME_KEY = "kie-player-volume";

/**
 * The one audio element of the studio and what it is playing. Components read snapshots through
 * `useSyncExternalStore` and send commands; the element's own events are the source of truth for
 * playing/position, so lock-screen controls and the UI never disagree.
 */
export class PlayerStore {
  private snapshot: PlayerSnapshot = {
    queue: EMPTY_QUEUE,
    playing: false,
    position: 0,
    duration: undefined,
    volume: 1,
    muted: false,
    failed: false,
  };
  private listeners = new Set<() => void>();
  private audio: HTMLAudioElement | null = null;
  /** Where to resume once the next source has loaded (A/B keeps the position). */
  private pendingSeek: { at: number; play: boolean } | null = null;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  private set(patch: Partial<PlayerSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const l of this.listeners) l();
  }

  /** The precise playback time, for karaoke and waveforms animated per frame. */
  currentTime = () => this.audio?.currentTime ?? this.snapshot.position;

  /** Binds the element rendered by the player bar; returns the detach function. */
  attach(audio: HTMLAudioElement): () => void {
    this.audio = audio;
    const stored = globalThis.localStorage?.getItem(VOLUME_KEY);
    const volume = stored ? Number(stored) : Number.NaN;
    if (volume >= 0 && volume <= 1) audio.volume = volume;
    const sync = () =>
      this.set({
        playing: !audio.paused,
        position: audio.currentTime,
        duration: Number.isFinite(audio.duration)
          ? audio.duration
          : currentTrack(this.snapshot.queue)?.durationSec,
        volume: audio.volume,
        muted: audio.muted,
      });
    const onLoaded = () => {
      const pending = this.pendingSeek;
      this.pendingSeek = null;
      if (pending) {
        audio.currentTime = clampSeek(pending.at, audio.duration);
        if (pending.play) this.playElement();
      }
      sync();
    };
    const onEnded = () => {
      const next = nextInQueue(this.snapshot.queue);
      if (next) this.load(next, { at: 0, play: true });
      else sync();
    };
    const onError = () => this.set({ failed: true, playing: false });
    const onVolume = () => {
      globalThis.localStorage?.setItem(VOLUME_KEY, String(audio.volume));
      sync();
    };
    const events: [string, () => void][] = [
      ["play", sync],
      ["pause", sync],
      ["timeupdate", sync],
      ["seeked", sync],
      ["durationchange", sync],
      ["loadedmetadata", onLoaded],
      ["volumechange", onVolume],
      ["ended", onEnded],
      ["error", onError],
    ];
    for (const [name, fn] of events) audio.addEventListener(name, fn);
    sync();
    return () => {
      for (const [name, fn] of events) audio.removeEventListener(name, fn);
      if (this.audio === audio) this.audio = null;
    };
  }

  private playElement() {
    this.audio?.play().catch((err: unknown) => {
      // A newer load interrupting this play is normal; anything else means the track cannot play.
      if (!(err instanceof DOMException && err.name === "AbortError")) this.set({ failed: true });
    });
  }

  private load(queue: Queue, resume: { at: number; play: boolean }) {
    const track = currentTrack(queue);
    const audio = this.audio;
    this.set({ queue, failed: false, position: resume.at, duration: track?.durationSec });
    if (!audio || !track) return;
    if (audio.getAttribute("src") === track.url) {
      audio.currentTime = clampSeek(resume.at, audio.duration);
      if (resume.play) this.playElement();
      return;
    }
    this.pendingSeek = resume.at > 0 ? resume : null;
    audio.src = track.url;
    if (resume.play) this.playElement();
  }

  /** Plays `tracks[start]` with the rest queued after it; the same track again toggles pause. */
  play(tracks: QueueTrack[], start = 0) {
    const wanted = tracks[start];
    if (wanted && this.isCurrent(wanted.assetId)) {
      this.toggle();
      return;
    }
    this.load(startQueue(tracks, start), { at: 0, play: true });
  }

  add(tracks: QueueTrack[]) {
    const wasEmpty = this.snapshot.queue.index < 0;
    const queue = enqueue(this.snapshot.queue, tracks);
    if (wasEmpty) this.load(queue, { at: 0, play: false });
    else this.set({ queue });
  }

  remove(assetId: string) {
    const before = currentTrack(this.snapshot.queue);
    const queue = removeFromQueue(this.snapshot.queue, assetId);
    const after = currentTrack(queue);
    if (!after) {
      this.audio?.pause();
      this.audio?.removeAttribute("src");
      this.set({ queue, playing: false, position: 0, duration: undefined });
    } else if (after.assetId !== before?.assetId) this.load(queue, { at: 0, play: this.snapshot.playing });
    else this.set({ queue });
  }

  isCurrent(assetId: string) {
    return currentTrack(this.snapshot.queue)?.assetId === assetId;
  }

  toggle() {
    const audio = this.audio;
    if (!audio || this.snapshot.queue.index < 0) return;
    if (audio.paused) this.playElement();
    else audio.pause();
  }

  pause() {
    this.audio?.pause();
  }

  seek(seconds: number) {
    const audio = this.audio;
    if (!audio) return;
    audio.currentTime = clampSeek(seconds, Number.isFinite(audio.duration) ? audio.duration : undefined);
    this.set({ position: audio.currentTime });
  }

  seekBy(delta: number) {
    this.seek(this.currentTime() + delta);
  }

  setVolume(volume: number) {
    if (!this.audio) return;
    this.audio.volume = Math.min(1, Math.max(0, volume));
    if (this.audio.volume > 0) this.audio.muted = false;
  }

  toggleMute() {
    if (this.audio) this.audio.muted = !this.audio.muted;
  }

  next() {
    const next = nextInQueue(this.snapshot.queue);
    if (next) this.load(next, { at: 0, play: true });
  }

  previous() {
    const { queue, restart } = previousInQueue(this.snapshot.queue, this.currentTime());
    if (restart) this.seek(0);
    else this.load(queue, { at: 0, play: true });
  }

  /** A/B: the other take, from the same position, playing if this one was. */
  switchTake() {
    const queue = switchToAlternate(this.snapshot.queue);
    if (queue) this.load(queue, { at: this.currentTime(), play: this.snapshot.playing });
  }
}

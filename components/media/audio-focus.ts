/** Only one track plays at a time: starting one pauses every other <audio> on the page. */
export function pauseOtherAudio(current: HTMLAudioElement) {
  for (const el of document.querySelectorAll("audio")) {
    if (el !== current && !el.paused) el.pause();
  }
}

/** Lock screen / media keys show what is playing. */
export function announceTrack(title: string, artworkUrl: string | null) {
  if (typeof navigator === "undefined" || !("mediaSession" in navigator)) return;
  navigator.mediaSession.metadata = new MediaMetadata({
    title,
    artist: "Kie Studio",
    artwork: artworkUrl ? [{ src: new URL(artworkUrl, location.href).href }] : [],
  });
}

/** Only one thing sounds at a time: starting one pauses every other audio and video on the page. */
export function pauseOtherMedia(except: readonly HTMLMediaElement[]) {
  for (const el of document.querySelectorAll<HTMLMediaElement>("audio, video")) {
    if (!except.includes(el) && !el.paused) el.pause();
  }
}

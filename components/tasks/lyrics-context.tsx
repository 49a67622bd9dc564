"use client";

import { createContext, useContext } from "react";

export type UseLyrics = (lyrics: { text: string; title?: string | null }) => void;

const UseLyricsContext = createContext<UseLyrics | null>(null);

/** Set by the Music page: lyrics results offer "Use these lyrics" only where a song form can take them. */
export const UseLyricsProvider = UseLyricsContext.Provider;
export const useUseLyrics = () => useContext(UseLyricsContext);

"use client";

import { createContext, useContext } from "react";

const CloseLightboxContext = createContext<() => void>(() => {});

/** Lets the details panel close the lightbox, e.g. before following a link on the same page. */
export const CloseLightboxProvider = CloseLightboxContext.Provider;
export const useCloseLightbox = () => useContext(CloseLightboxContext);

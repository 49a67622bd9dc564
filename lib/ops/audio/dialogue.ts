import { z } from "zod";
import { meta } from "../body";
import { marketOperation } from "../market";
import { elevenLabsId } from "./fields";
import { DIALOGUE_LANGUAGES, languageLabels } from "./languages";
import { DIALOGUE_VOICE } from "./voices";

export type DialogueLine = { text: string; voice: string };

/** Kie caps the spoken text of all lines together, not the script with its voice names. */
export const DIALOGUE_MAX_CHARS = 5000;

/** One line per turn, "Voice: what they say"; blank lines are ignored. */
export function dialogueLines(script: string): DialogueLine[] {
  return script
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(":");
      return colon < 0
        ? { voice: "", text: line }
        : { voice: line.slice(0, colon).trim(), text: line.slice(colon + 1).trim() };
    });
}

function toScript(lines: DialogueLine[]): string {
  return lines.map((l) => `${l.voice.trim()}: ${l.text.replace(/\s*\r?\n\s*/g, " ").trim()}`).join("\n");
}

const kieLines = z
  .array(z.object({ text: z.string(), voice: z.string() }))
  .min(1, "Add at least one line")
  .transform(toScript);

/**
 * The form edits a script; API callers may send Kie's own `[{text, voice}]`. Both are kept as the
 * script (readable in the task history and editable again), and `toBody` sends Kie's array.
 */
const dialogueField = z
  .union([kieLines, z.string()])
  .transform((script) =>
    dialogueLines(script)
      .map((l) => `${l.voice}: ${l.text}`)
      .join("\n"),
  )
  .superRefine((script, ctx) => {
    const lines = dialogueLines(script);
    if (lines.length === 0)
      ctx.addIssue({ code: "custom", message: 'Write at least one line, like "Rachel: Hello!"' });
    lines.forEach((line, i) => {
      if (!DIALOGUE_VOICE.test(line.voice))
        ctx.addIssue({
          code: "custom",
          message: `Line ${i + 1} must start with a voice name or id and a colon, like "Rachel: Hello!"`,
        });
      else if (!line.text)
        ctx.addIssue({ code: "custom", message: `Line ${i + 1} has a voice but nothing to say` });
    });
    const total = lines.reduce((n, l) => n + l.text.length, 0);
    if (total > DIALOGUE_MAX_CHARS)
      ctx.addIssue({
        code: "custom",
        message: `The dialogue can be at most ${DIALOGUE_MAX_CHARS} characters of speech (now ${total})`,
      });
  })
  .meta(
    meta({
      label: "Dialogue",
      widget: "textarea",
      rows: 8,
      placeholder: "Rachel: Did you hear that?\nBrian: [whispers] Stay very still.",
      help: 'One line per turn: "Voice: words". Voices are premade names (Rachel, Brian, Aria…) or voice ids; [laughs]-style audio tags work.',
    }),
  );

const market = marketOperation({
  id: elevenLabsId("elevenlabs/text-to-dialogue-v3"),
  model: "elevenlabs/text-to-dialogue-v3",
  category: "audio",
  title: "Dialogue v3",
  modelLabel: "ElevenLabs v3 Dialogue",
  summary: "A multi-voice conversation from a script, with ElevenLabs v3 emotion and audio tags.",
  outputs: ["audio"],
  input: z.object({
    dialogue: dialogueField,
    stability: z
      .literal([0, 0.5, 1], { error: "Stability must be 0, 0.5 or 1" })
      .default(0.5)
      .meta(
        meta({
          label: "Stability",
          widget: "segmented",
          optionLabels: { "0": "Creative", "0.5": "Natural", "1": "Robust" },
          help: "Creative is the most expressive, Robust the most even.",
        }),
      ),
    language_code: z
      .enum(DIALOGUE_LANGUAGES, { error: "Pick one of the listed languages" })
      .optional()
      .meta(
        meta({
          label: "Language",
          widget: "select",
          optionLabels: languageLabels(DIALOGUE_LANGUAGES),
          advanced: true,
          help: "Auto detects it from the text.",
        }),
      ),
  }),
  // §13: 14 credits per 1,000 characters, linear (67 characters were billed 0.98).
  cost: (input) => {
    const chars = dialogueLines(input.dialogue).reduce((n, l) => n + l.text.length, 0);
    return Math.max(0.01, Math.round(chars * 1.4) / 100);
  },
  example: {
    dialogue: "Rachel: Did you leave the studio lights on again?\nBrian: [laughs] Only the good ones.",
    stability: 0.5,
  },
});

/** Kie's wire shape: the script's lines as `[{text, voice}]`. */
export const dialogueV3: typeof market = {
  ...market,
  request: {
    ...market.request,
    toBody: (input, ctx) => {
      const body = market.request.toBody(input, ctx);
      return { ...body, input: { ...(body.input as object), dialogue: dialogueLines(input.dialogue) } };
    },
  },
};

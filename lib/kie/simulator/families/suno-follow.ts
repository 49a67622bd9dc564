import { kieSuccess, readJsonObject } from "../envelope";
import { requireCredits, startTask } from "../lifecycle";
import type { Handler } from "../route-types";
import { buildFollowTask, FOLLOW_CHARGES } from "./suno-follow-task";
import {
  type FollowRequest,
  validateAddInstrumental,
  validateAddVocals,
  validateExtend,
  validateMashup,
  validateReplaceSection,
  validateSounds,
  validateUploadCover,
  validateUploadExtend,
} from "./suno-follow-validate";

/** One create endpoint: validate like Kie (422 + message), hold credits, answer `{taskId}`. */
function followEndpoint(validate: (body: Record<string, unknown>) => FollowRequest): Handler {
  return async (req, ctx) => {
    const body = await readJsonObject(req);
    const request = validate(body);
    requireCredits(ctx, FOLLOW_CHARGES[request.operation]);
    const task = await buildFollowTask(ctx, body, request);
    startTask(ctx, task);
    return kieSuccess({ taskId: task.id });
  };
}

export const sunoFollowHandlers = {
  extend: followEndpoint(validateExtend),
  uploadCover: followEndpoint(validateUploadCover),
  uploadExtend: followEndpoint(validateUploadExtend),
  addInstrumental: followEndpoint(validateAddInstrumental),
  addVocals: followEndpoint(validateAddVocals),
  replaceSection: followEndpoint(validateReplaceSection),
  mashup: followEndpoint(validateMashup),
  sounds: followEndpoint(validateSounds),
};

import { z } from "zod";
import { assetIdSchema, assetIdsSchema } from "@/app/api/v1/assets/request";
import { COLLECTION_NAME_MAX } from "@/lib/dal/collections";

export const collectionNameSchema = z
  .string({ error: "Give the collection a name" })
  .trim()
  .min(1, "Give the collection a name")
  .max(COLLECTION_NAME_MAX, `A collection name can be at most ${COLLECTION_NAME_MAX} characters`);

export const nameBody = z.object({ name: collectionNameSchema });
export const idsBody = z.object({ ids: assetIdsSchema });
/** Move `assetId` just before `before` (null: to the end). */
export const moveBody = z.object({ assetId: assetIdSchema, before: assetIdSchema.nullable() });
export const collectionIdSchema = assetIdSchema;

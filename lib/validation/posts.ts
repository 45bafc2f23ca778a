import { z } from "zod";
import { idSchema } from "./sessions";

export const POST_TITLE_MAX = 200;
export const POST_BODY_MAX = 50_000;

export const postFieldsSchema = z.object({
  title: z.string().trim().min(1, "Give the post a title").max(POST_TITLE_MAX, `Titles are at most ${POST_TITLE_MAX} characters`),
  body: z.string().max(POST_BODY_MAX, `Posts are at most ${POST_BODY_MAX.toLocaleString("en")} characters`),
});

export const updatePostSchema = postFieldsSchema.extend({ postId: idSchema });

export const postStatusSchema = z.object({
  postId: idSchema,
  publish: z.enum(["true", "false"]).transform((value) => value === "true"),
});

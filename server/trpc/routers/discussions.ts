import { editMessage } from "../../discussions/edit-message";
import { followThread } from "../../discussions/follow-thread";
import { getThread } from "../../discussions/get-thread";
import { hideMessage } from "../../discussions/hide-message";
import { listPublicQuestions, listThreads } from "../../discussions/list-threads";
import { postMessage } from "../../discussions/post-message";
import { editMessageInput, followThreadInput, hideMessageInput, listThreadsInput, postMessageInput, publicQuestionsInput, startThreadInput, threadInput } from "../../discussions/schemas";
import { startThread } from "../../discussions/start-thread";
import { publicQuestionsOutput, threadListOutput, threadOutput } from "../outputs/discussions";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../init";

export const discussionsRouter = createTRPCRouter({
  list: publicProcedure.input(listThreadsInput).output(threadListOutput).query(({ ctx, input }) => listThreads(ctx, input)),
  thread: publicProcedure.input(threadInput).output(threadOutput).query(({ ctx, input }) => getThread(ctx, input)),
  publicQuestions: publicProcedure.input(publicQuestionsInput).output(publicQuestionsOutput).query(({ ctx, input }) => listPublicQuestions(ctx, input)),
  start: protectedProcedure.input(startThreadInput).mutation(({ ctx, input }) => startThread(ctx, input)),
  post: protectedProcedure.input(postMessageInput).mutation(({ ctx, input }) => postMessage(ctx, input)),
  edit: protectedProcedure.input(editMessageInput).mutation(({ ctx, input }) => editMessage(ctx, input)),
  hide: protectedProcedure.input(hideMessageInput).mutation(({ ctx, input }) => hideMessage(ctx, input)),
  follow: protectedProcedure.input(followThreadInput).mutation(({ ctx, input }) => followThread(ctx, input)),
});

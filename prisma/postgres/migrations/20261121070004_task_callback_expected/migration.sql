-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "callbackExpected" BOOLEAN NOT NULL DEFAULT false;


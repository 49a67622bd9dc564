-- AlterTable (ADD COLUMN: no table copy needed for a defaulted column)
ALTER TABLE "Task" ADD COLUMN "callbackExpected" BOOLEAN NOT NULL DEFAULT false;

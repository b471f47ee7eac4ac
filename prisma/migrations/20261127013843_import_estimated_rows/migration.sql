-- AlterTable
ALTER TABLE "imports" ADD COLUMN     "estimated_rows" INTEGER;

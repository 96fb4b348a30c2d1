// Every rule unit, in the order the rules index lists their codes: the file's own findings first, then
// the report's structure, its names, its figures, its coverage, the letter's conditions and FÅB. The
// order is only for reading: units share no state, and findings are sorted by place when reported.
import { answers } from './answers';
import { calculations } from './calculations';
import { coverage } from './coverage';
import { duplicateFacts } from './duplicateFacts';
import { duplicates } from './duplicates';
import { excessDigits } from './excessDigits';
import { fabDeadline } from './fabDeadline';
import { fabParts } from './fabParts';
import { fabSignatures } from './fabSignatures';
import { fileTooLarge } from './fileTooLarge';
import { files } from './files';
import { formulaErrors } from './formulaErrors';
import { formulaSyntax } from './formulaSyntax';
import { forms } from './forms';
import { indicatorOutcomes } from './indicatorOutcomes';
import { indicatorStatus } from './indicatorStatus';
import { parts } from './parts';
import { paths } from './paths';
import { priorYear } from './priorYear';
import { restatements } from './restatements';
import { proseClaims } from './proseClaims';
import { proseFigures } from './proseFigures';
import { rbAllocation } from './rbAllocation';
import { rbAppropriationName } from './rbAppropriationName';
import { rbArithmetic } from './rbArithmetic';
import { rbFeeTable } from './rbFeeTable';
import { rbLimits } from './rbLimits';
import { references } from './references';
import { schema } from './schema';
import { unknownKind } from './unknownKind';
import { unlistedChapters } from './unlistedChapters';
import { yamlSyntax } from './yamlSyntax';

export const RULE_UNITS = [
  yamlSyntax, schema, unknownKind, fileTooLarge, files, paths, unlistedChapters, references, duplicates, formulaSyntax, formulaErrors,
  calculations, duplicateFacts, priorYear, restatements, forms, excessDigits, proseFigures, proseClaims, coverage, answers, parts, indicatorOutcomes, indicatorStatus,
  rbArithmetic, rbAllocation, rbLimits, rbFeeTable, rbAppropriationName, fabDeadline, fabParts, fabSignatures,
] as const;

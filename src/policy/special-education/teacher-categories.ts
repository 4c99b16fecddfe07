/**
 * The teachers 嘉政办发〔2014〕115号 三（六）、三（七） distinguish: the codes of the teacher_categories sheet (whether
 * the allowance applies to each is in the workbook). Apart from table.ts so the calculator needs no table schema.
 */
export const TEACHER_CATEGORIES = [
  'special_school',
  'special_class',
  'resource_teacher',
  'inclusive_class_teacher',
  'welfare_institution',
  'ordinary_teacher',
] as const;

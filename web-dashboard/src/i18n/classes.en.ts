import type { Shape } from './shape';
import type uk from './classes.uk';

// English strings of the class list and an admin’s class page (class form, enrolment).
// The same keys as classes.uk.ts (the type says so).
const messages: Shape<typeof uk> = {
  classes: {
    title: 'Classes',
    caption: 'Classes of your school',
    name: 'Class',
    grade: 'Grade',
    academicYear: 'Academic year',
    total: 'Total: {{count}}',
    loading: 'Loading classes…',
    loadFailed: 'Could not load the classes',
    pages: 'Pages of the class list',
    emptyTitle: 'No classes here yet',
    emptyAdmin: 'Add the first class with “Add class”, then enrol its students or import them from CSV.',
    emptyTeacher: 'You are not assigned to any class yet. Ask your school admin to add you as a teacher of a class.',
    emptyStudent: 'You are not enrolled in a class yet. Ask your school admin.',
    emptyParent: 'Your children are not enrolled in a class yet. Ask your school admin.',
  },
  classForm: {
    add: 'Add class',
    create: 'Create class',
    edit: 'Edit class',
    title: 'Class {{name}}',
    back: '← All classes',
    loadFailed: 'Could not load the class',
    saveFailed: 'Could not save the class',
    nameRequired: 'Enter the class name, e.g. 7-A',
    nameTooLong: 'At most 50 characters',
    gradeRange: 'The grade is a whole number from 1 to 12',
    yearFormat: 'Academic year like 2026/2027',
    deleteTitle: 'Delete class {{name}}?',
    deleteWarning: 'Its students leave the class; their accounts stay. This cannot be undone.',
    deleteFailed: 'Could not delete the class',
  },
  enrolment: {
    title: 'Students of the class',
    loading: 'Loading students…',
    loadFailed: 'Could not load the class’s students',
    emptyTitle: 'No students in this class yet',
    emptyHint: 'Enrol a student below, import students from CSV, or send students an invite to this class.',
    student: 'Student',
    remove: 'Remove',
    removeOf: 'Remove {{name}}',
    removeFailed: 'Could not remove the student',
    add: 'Enrol a student',
    choose: '— choose a student —',
    chooseStudent: 'Choose a student',
    enrol: 'Enrol',
    addFailed: 'Could not enrol the student',
    noCandidates: 'Every student of the school is in this class already. Add new students on the Users page.',
    studentsFailed: 'Could not load the school’s students',
  },
};

export default messages;

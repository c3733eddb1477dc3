import type { auditZh } from './audit-zh';

/** UI strings of the admin's audit log, in English. */
export const auditEn: typeof auditZh = {
  audit: {
    title: 'Audit log', time: 'Time', actor: 'Actor', action: 'Action', detail: 'Detail', code: 'Action code',
    allActions: 'All actions', actorSearch: 'Filter by actor', loadOlder: 'Load older entries', shown: '{{n}} entries loaded', end: 'Oldest entry reached', expand: 'More', collapse: 'Less', option: '{{label}} ({{code}})',
    actions: {
      upload: 'Upload', upload_rejected: 'Upload refused', review: 'Flag review', recheck: 'Recheck', login: 'Sign-in', login_failed: 'Failed sign-in', logout: 'Sign-out',
      export: 'Export', user_create: 'User created', correct_cell: 'Cell corrected', directory_import: 'Directory import', directory_edit: 'Agency edited',
      notice: 'Notice generated', region_summary: 'Region summary', risk_thresholds: 'Risk thresholds set',
    },
  },
};

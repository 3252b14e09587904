import type { desktopEn } from './desktop-en';

export const desktopKo: typeof desktopEn = {
  backups: {
    hint: 'Baton은 하루에 한 번, 그리고 레코드를 바꾸거나 지우는 작업 전에 워크스페이스마다 백업을 만듭니다. 최근 14개를 보관합니다.',
    backUpNow: '지금 백업',
    openRestore: '백업에서 복원…',
    restoreTitle: '백업에서 복원',
    restoreHint: '복원하면 워크스페이스가 백업 당시로 돌아갑니다. 먼저 현재 상태를 백업하므로 다시 복원해 되돌릴 수 있습니다.',
    backedUp: '{{name}}을(를) 백업했습니다({{size}}).',
    restoreButton: '복원',
    restoreFor: '{{when}}의 {{name}} 복원',
    confirmTitle: '{{name}}을(를) {{when}} 상태로 복원할까요?',
    confirmBody: '먼저 현재의 {{name}}을(를) 백업한 뒤, 레코드를 백업의 내용으로 바꿉니다.',
    confirm: '백업하고 복원',
    restoredInto: '{{name}}을(를) {{when}} 상태로 복원했습니다. 복원 전 상태는 백업했습니다.',
    counts: '연락처 {{contacts}} · 회사 {{companies}} · 거래 {{deals}}',
    noCounts: '내용 기록 없음',
    reason: {
      daily: '매일',
      manual: '직접 요청',
      before_replace: '파일로 바꾸기 전',
      before_delete: '삭제하기 전',
      before_design_apply: '디자인 적용 전',
      before_restore: '복원하기 전',
      unknown: '이전 백업',
    },
    none: '아직 백업이 없습니다. 매일, 그리고 워크스페이스를 바꾸거나 삭제하거나 디자인을 적용하기 전에 백업합니다.',
  },
  openedFile: {
    unknown: '{{file}}은(는) Baton이 여는 파일이 아닙니다.',
  },
  inbox: {
    button: '알림',
    // The badge's number stands alone in the name (axe: the visible text is a word of the name).
    buttonUnread: '알림, 읽지 않음: {{count}}',
    title: '알림',
    empty: '지금은 알림이 없습니다. 나에게 배정된 핸드오프와 내 리드의 SLA 위반이 여기에 표시됩니다.',
    markAllRead: '모두 읽음으로 표시',
    kind: {
      hand_off: '나에게 핸드오프: {{contact}}',
      routing_fallback: '대체 규칙으로 나에게 배정: {{contact}}',
      threshold: '임계값 초과: {{contact}}',
      added_to_list: '{{contact}}이(가) {{detail}}에 추가됨',
      sla_breach: 'SLA 위반: {{contact}} 후속 조치 필요',
    },
    summary: '새 알림 {{count}}개',
    unknownContact: '연락처',
  },
  print: {
    savePdf: 'PDF로 저장',
    saved: '보고서를 PDF로 저장했습니다.',
  },
  credentials: {
    plain_text_backend:
      '비밀번호를 저장하지 않았습니다. 이 Linux 데스크톱에는 키링(GNOME Keyring 또는 KWallet)이 없어 평문으로만 보관할 수 있습니다. 키링을 설치하거나 잠금 해제하거나, 매번 비밀번호를 입력하세요.',
    no_encryption: '비밀번호를 저장하지 않았습니다. 이 시스템에는 안전한 저장소가 없습니다.',
  },
};

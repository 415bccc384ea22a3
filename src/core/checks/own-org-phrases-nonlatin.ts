/**
 * The phrases of the mail-system claims written in scripts beyond Latin (Japanese, Chinese, Cyrillic): written and matched as own-org-phrases.ts
 * describes, family by family. A chunk of their own in the browsers (nonlatin-phrases.ts), fetched only for a message
 * with a letter of such a script; every phrase here holds one, which lure-matcher.ts checks as it compiles them.
 */
import type { MailSystemClaim } from './own-org-phrases';

export const MAIL_SYSTEM_PHRASES_NONLATIN: Readonly<Record<MailSystemClaim, readonly string[]>> = {
  quota: [
    // zh
    '{邮箱|郵箱|存储|儲存}{容量|空间|空間}{已满|已滿|不足|即将满|超出|超限}',
    '邮箱已满',
    // ja
    'メールボックスの容量',
    'メールボックス容量',
    '{保存|ストレージ|メール}容量{が|の|}{上限|不足|超過|いっぱい|オーバー}',
  ],
  password: [
    // zh
    '{密码|密碼}{到期|过期|過期|即将过期|已过期|将过期|将于}',
    '{保留|保持}{相同|当前|原}{的|}密码',
    // ja
    'パスワード{の|が|は|}{有効期限|期限切れ|期限が切れ}',
  ],
  held: [
    // zh
    '{待处理|未送达|未投递|被拦截|滞留|待接收}的{邮件|信件}',
    '{邮件|郵件}{被拦截|滞留|无法接收|暂停接收|递送}',
    // ja
    '保留中の{メッセージ|メール}',
    '{未配信|未送信|受信保留}の{メッセージ|メール}',
    'メール{が|の}{保留|受信停止|送受信停止}',
  ],
  account: [
    // zh
    '{邮箱|郵箱|账号|帐号|账户|帐户}{将被|已被|被}{停用|冻结|注销|关闭|暂停|锁定|禁用}',
    '{验证|升级|更新|認證|验证您的}{您的|你的|}邮箱',
    '邮箱{验证|升级|认证|安全}',
    // 「将全部暂停收发信权限」「逾期未完成将禁用账号」「更新…邮件系统的安全证书」: verb before the mailbox in Chinese.
    '{停用|禁用|冻结|注销|暂停|关闭}{您的|你的|}{账号|帐号|邮箱|账户|帐户|收发信|收发邮件}',
    '{邮件系统|邮箱}{的|}安全证书',
    // ja
    'メール{アカウント|ボックス}{が|は|を|の|}{停止|凍結|削除|無効|閉鎖|利用停止}',
    'メール{アカウント|ボックス}{の|を|}{確認|認証|更新|アップグレード}',
  ],
  role: [
    // zh
    '{邮箱|郵箱|邮件|系统}管理',
    '管理员',
    '信息{中心|安全中心}',
    // ja
    '{メール|システム}管理者',
    'ヘルプデスク',
    '情報システム部',
  ],
  work: [
    // zh
    '{使用|用|以|请用|請用}{企业|企業|公司|工作|单位|單位|员工|員工}{邮箱|郵箱|账号|帳號|账户|帳戶}{登录|登入|登陆|登錄}',
    '{使用|用|以|请用|請用}{您的|你的}{企业|企業|公司|工作}{邮箱|郵箱|账号|帳號}{登录|登入|登陆|登錄}',
    '{各部门|各部門}{全体|全體|}{员工|員工|同事|同仁}',
    '{全体|全體}{员工|員工|同仁}',
    // ja
    '{社員各位|従業員各位|全社員の皆様|社員の皆様|従業員の皆様}',
    '{社用|会社の|社内の|業務用の|業務用|社員|職場の|勤務先の}{メールアドレス|メール|アカウント|ID|パスワード}{で|を使って|にて|を使用して}{ログイン|サインイン|認証}',
  ],
};

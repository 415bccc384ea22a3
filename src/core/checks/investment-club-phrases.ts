/**
 * The wording of the investment-club scam (investment-club-judge.ts judges; pretext.ts names it): the "free stock
 * study group" of a celebrity analyst gathered in LINE, the "VIP group" in WhatsApp, Telegram or Zalo, the AI "quant
 * fund" or national "investment programme" paying a percentage a day, and the fake exchange whose credited profit
 * waits behind a deposit. Written and matched as lure-phrases.ts describes (NFKC, accents folded, ASCII phrases from a
 * word start, the others with spaces removed; Vietnamese without its marks). All scripts together: the table waits in
 * the "disclaimer" chunk with pretext-phrases.ts. Written from general knowledge of how the regulators' warnings
 * describe these schemes (the US SEC and FINRA on WhatsApp stock clubs and "pig butchering", Japan's FSA and the
 * national police on LINE 投資詐欺 with celebrities' names, Taiwan's 165 line on 飆股 LINE groups, Poland's KNF and
 * CERT Polska on fake ORLEN and PGE programmes, Vietnam's police on Zalo stock-tip groups, Korea's FSS on 리딩방), no
 * sample copied. Each phrase is what the scheme promises or asks; a broker's own newsletter says none of these
 * outside its warnings about them, which the judge reads apart.
 */

export type InvestmentClubFamily =
  | 'gain' //   a gain no licensed firm may promise: guaranteed or daily profit, members' average gains, a win rate
  | 'group' //  … with a call into a chat group (LINE, WhatsApp, Telegram, Zalo, WeChat, KakaoTalk)
  | 'mentor' // … or an expert's or celebrity's "assistant" offering free stock tips
  | 'robot' //  … or an AI or automated trading system that needs no experience
  | 'unlock'; // a deposit, fee or "activation" asked before profits can be withdrawn

export const INVESTMENT_CLUB_FAMILIES: readonly InvestmentClubFamily[] = ['gain', 'group', 'mentor', 'robot', 'unlock'];

export const INVESTMENT_CLUB_PHRASES: Readonly<Record<InvestmentClubFamily, readonly string[]>> = {
  // A percentage a day or a week is read apart (investment-club-judge.ts RATE): the digits vary. Not the words a
  // financial newsletter uses of the market (急騰株, 飆股 alone, 급등주, a win rate, an analyst): beside another sign only.
  gain: [
    'guaranteed {profit|profits|daily profit|daily profits|weekly profit|weekly profits|income|payouts|returns|return|gains}',
    'risk-free {profit|profits|returns|income|gains}',
    'double your {money|investment|capital|bitcoin|crypto|deposit}',
    '{members|participants|investors|users|clients} {are|are now|have been} {earning|withdrawing|making|profiting}',
    '{are|now} withdrawing over',
    '{average|avg} {profit|profits|gain|gains|return|returns} of {our|the} {members|participants|group}',
    '{win rate|winning rate|accuracy rate|success rate} of {over|above|more than}',
    'passive income of',
    // de fr es pt it nl pl (accents folded)
    '{garantierte|garantierter|garantierten} {rendite|renditen|gewinn|gewinne|ertrag|ertrage|einkommen}',
    '{taglicher|taglichen|tagliche} {gewinn|gewinne|rendite|ertrag}',
    'verdoppeln sie ihr',
    '{rendement|rendements|profits|gains|revenus} {garanti|garantis|quotidien|quotidiens}',
    'doublez votre {argent|capital|investissement}',
    '{ganancias|ganancia|rentabilidad|beneficio|beneficios|ingresos} {garantizada|garantizadas|garantizado|garantizados|diarias|diarios|diaria|diario}',
    'duplica tu {dinero|inversion|capital}',
    '{lucro|lucros|ganhos|rendimento|retorno|rendimentos} {garantido|garantidos|diario|diarios}',
    'dobre seu {dinheiro|investimento|capital}',
    '{profitto|profitti|rendimento|guadagni} {garantito|garantiti|giornaliero|giornalieri}',
    '{gegarandeerd rendement|gegarandeerde winst|dagelijkse winst}',
    '{gwarantowany zysk|gwarantowane zyski|gwarantowanych zyskow|gwarantowany dochod|zysk dziennie|zyski dziennie}',
    '{zarabiaja srednio|zarabiaj od|zarabiaja od|zarobisz od|wyplaty realizowane sa codziennie|wyplaty codziennie}',
    // vi id ru uk tr
    '{lai trung binh|loi nhuan trung binh|ty le chinh xac|cam ket loi nhuan|loi nhuan dam bao|lai moi ngay|loi nhuan moi ngay|x2 tai khoan|nhan doi von}',
    '{keuntungan harian|profit harian|keuntungan dijamin|profit dijamin}',
    '{доход в день|ежедневный доход|ежедневная прибыль|прибыль каждый день|щоденний дохід|прибуток щодня}',
    '{gunluk kazanc|garantili kazanc}',
    // ja zh ko th
    '{平均収益|平均利益|必ず儲か|確実に儲か|絶対に儲か|元本保証|利益保証|月利|日利}',
    '{平均漲幅|平均涨幅|飆股|飙股|穩賺|稳赚|保證獲利|保证获利|保证收益|保證收益|日收益|月收益|收益翻倍|資金翻倍|资金翻倍}',
    '{수익보장|원금보장|일수익|월수익|수익률보장}',
    '{การันตีกำไร|กำไรการันตี|กำไรรายวัน|ผลตอบแทนรายวัน}',
  ],
  group: [
    'join {our|the|my} {free|private|exclusive|vip|} {whatsapp|telegram|line|wechat|signal|discord|zalo} {group|channel|community|chat}',
    '{whatsapp|telegram|line|wechat|zalo|kakaotalk} {group|vip group|investment group|study group|stock group|trading group}',
    '{vip|private|exclusive} {stock|stocks|investment|investing|trading|crypto} {group|club|community|channel}',
    'add {us|me|our account} on {line|whatsapp|telegram|wechat|zalo}',
    // de fr es pt it nl pl
    '{whatsapp-gruppe|telegram-gruppe|whatsapp gruppe|telegram gruppe|vip-gruppe|vip gruppe}',
    '{groupe whatsapp|groupe telegram|groupe vip|rejoignez notre groupe|rejoignez le groupe}',
    '{grupo de whatsapp|grupo de telegram|grupo vip|unete a nuestro grupo|unete al grupo}',
    '{grupo do whatsapp|grupo no whatsapp|grupo no telegram|entre no grupo|participe do grupo}',
    '{gruppo whatsapp|gruppo telegram|gruppo vip|unisciti al gruppo}',
    '{whatsapp-groep|telegram-groep|vip-groep}',
    '{grupa whatsapp|grupy whatsapp|grupa vip|grupy vip|dolacz do grupy|kanal na telegramie}',
    // vi id ru
    '{nhom zalo|vao nhom|tham gia nhom|nhom vip|nhom telegram|cong dong nhan ma}',
    '{grup whatsapp|grup telegram|grup vip|gabung grup}',
    '{группа в telegram|группу в telegram|vip-группа|vip группа|закрытый канал|закрытую группу}',
    // ja zh ko th
    '{lineグループ|ライングループ|オープンチャット|line公式アカウントを友だち追加|line公式アカウントを友達追加}',
    '{line群組|line群组|vip群組|vip群组|微信群|加入群組|加入群组|投資群|投资群|股票群|飆股群|飙股群}',
    '{단톡방|오픈채팅|리딩방|카톡방|vip방}',
    '{กลุ่มไลน์|กลุ่มหุ้น|กลุ่มvip}',
  ],
  mentor: [
    '{assistant|secretary} {to|of} {professor|prof|analyst|the analyst|expert|mentor|the famous|renowned|our founder}',
    '{famous|renowned|well-known|celebrity|star|legendary} {analyst|investor|trader|economist|financial expert|stock expert}',
    'free {stock|stocks|share|trading|crypto} {tips|picks|signals|study group|analysis group}',
    // de fr es pt it pl
    '{assistent|assistentin} von {professor|analyst|experte}',
    "{assistante|assistant} {du professeur|de l'analyste|de l’analyste|du celebre}",
    '{asistente del|asistente de} {profesor|analista|experto}',
    '{assistente do|assistente da} {professor|professora|analista|especialista}',
    "{assistente del professore|assistente dell'analista|assistente dell’analista}",
    '{asystent|asystentka} {eksperta|analityka|inwestora|profesora}',
    // vi id ru
    '{tro ly cua chuyen gia|tro ly cua|chuyen gia phan tich|nhan ma co phieu|ma co phieu tiem nang}',
    '{asisten dari|asisten profesor|asisten analis}',
    '{помощник аналитика|помощница аналитика|помощник эксперта|помощница эксперта|ассистент профессора}',
    // ja zh ko
    '{アナリストのアシスタント|先生のアシスタント|アシスタントをして|株式投資勉強会|投資勉強会|厳選した銘柄|推奨銘柄}',
    '{老師的助理|老师的助理|老師助理|老师助理|股市老師|股市老师|投顧老師|投顾老师|分析師的助理|分析师的助理}',
    '{전문가의비서|주식전문가|무료종목추천|무료종목}',
  ],
  robot: [
    'ai {trading|quant|arbitrage|trading bot|trading system|investment system|trading robot}',
    '{ai-arbitrage|ai-powered trading|quant engine|trading bot|trading robot|auto-trading|automated trading system}',
    'no {trading|investing|investment} experience {required|needed|necessary}',
    // de fr es pt it pl
    '{ki-trading|trading-bot|handelsroboter|handelsbot|vollautomatisch}',
    '{robot de trading|trading automatique|sans experience en trading}',
    '{bot de trading|trading automatico|sin experiencia en trading}',
    '{robo de investimento|robo trader|negociacao automatica}',
    '{trading automatico|robot di trading}',
    '{oparty na ai|oparty na sztucznej inteligencji|inteligentny system inwestycyjny|robot inwestycyjny}',
    // vi ru
    '{giao dich ai|robot giao dich|bot giao dich|he thong ai}',
    '{торговый робот|торговый бот|ии-трейдинг}',
    // ja zh ko
    '{ai分析|ai投資|ai自動売買|自動売買|ai選股|ai选股|量化交易|自動交易|自动交易|ai매매|자동매매}',
  ],
  unlock: [
    'activation deposit',
    '{to|and} {release|unlock} {the|your} {funds|profit|profits|withdrawal|balance|earnings}',
    'before you can withdraw',
    'refunded together with your withdrawal',
    'withdrawal {fee|tax|activation|unlock}',
    'unfreeze your {account|funds|withdrawal}',
    // de fr es pt it pl
    '{auszahlungsgebuhr|aktivierungseinzahlung|um die auszahlung freizuschalten}',
    "{frais de retrait|depot d'activation|depot d’activation|pour debloquer vos fonds|pour debloquer vos gains}",
    '{comision de retiro|deposito de activacion|para liberar tus ganancias|para liberar los fondos}',
    '{taxa de saque|deposito de ativacao|para liberar o saque|para liberar seus lucros}',
    '{commissione di prelievo|deposito di attivazione|per sbloccare il prelievo}',
    '{oplata za wyplate|depozyt aktywacyjny|aby odblokowac wyplate|aby wyplacic srodki}',
    // vi ru
    '{phi rut tien|nop phi de rut|kich hoat rut tien|mo khoa rut tien}',
    '{комиссия за вывод|для вывода средств необходимо|активационный депозит}',
    // ja zh ko
    '{出金手数料|出金するには|出金のための|凍結解除|税金を支払う必要}',
    '{出金手續費|出金手续费|提現手續費|提现手续费|激活費|激活费|解凍帳戶|解冻账户}',
    '{출금수수료|출금하려면}',
  ],
};

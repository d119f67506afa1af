/**
 * Every Vietnamese string the site shows, in one place (staff can review wording here). The
 * English section (/en/) has the same keys in en.ts, typed by `Dictionary`.
 */
export const ui = {
  site: {
    name: 'Hoạt động ban — Ủy ban Dân tộc',
    shortName: 'Tin UBDT',
    description:
      'Tin tức về hoạt động của Ủy ban Dân tộc: hội nghị, chỉ đạo, chính sách và chương trình phát triển vùng đồng bào dân tộc thiểu số và miền núi.',
  },
  nav: {
    skipToContent: 'Bỏ qua, đến nội dung chính',
    home: 'Trang chủ',
    mainMenu: 'Chuyên mục',
    menuButton: 'Chuyên mục',
    menuHint: 'Mở danh sách chuyên mục',
    breadcrumb: 'Đường dẫn',
    pagination: 'Phân trang',
    previousPage: 'Trang trước',
    nextPage: 'Trang sau',
    page: (n: number) => `Trang ${n}`,
    pageOf: (n: number, total: number) => `Trang ${n} / ${total}`,
  },
  article: {
    views: 'Lượt xem',
    tags: 'Từ khóa',
    related: 'Tin khác đã đăng',
    print: 'In bài viết',
    updated: 'Cập nhật',
    author: 'Tác giả',
    sourceKind: { 'trich-nguon': 'Trích nguồn', theo: 'Theo' } as const,
    yearOnly: (year: number) => `Năm ${year}`,
    yearOnlyNote: 'Trang cũ không ghi ngày đăng chính xác',
    draft: 'BẢN NHÁP',
    scheduled: 'Hẹn giờ đăng',
    share: 'Chia sẻ',
    shareOn: (service: string) => `Chia sẻ lên ${service}`,
    shareByEmail: 'Gửi bài qua thư điện tử',
    copyLink: 'Sao chép liên kết',
    linkCopied: 'Đã sao chép liên kết',
    printedFrom: 'In từ',
    printedAt: 'Ngày in',
    more: (name: string) => `Tin khác trong ${name}`,
  },
  video: {
    playOn: (provider: 'youtube' | 'vimeo') =>
      provider === 'youtube' ? 'Xem video trên YouTube' : 'Xem video trên Vimeo',
    /** The accessible name of a video given as a bare address (no title written). */
    untitled: 'Video',
    captionsLabel: 'Tiếng Việt',
    download: 'Tải video (MP4)',
  },
  attachments: {
    heading: 'Văn bản đính kèm',
    pages: (n: number) => `${n} trang`,
    download: 'Tải về',
  },
  figure: {
    creditPrefix: 'Ảnh:',
  },
  home: {
    featured: 'Tin nổi bật',
    lead: 'Tin chính',
    latest: 'Tin mới nhất',
    allInCategory: (name: string) => `Xem tất cả tin ${name}`,
  },
  category: {
    heading: (name: string) => name,
    count: (n: string) => `${n} bài viết`,
    empty: 'Chuyên mục chưa có bài viết.',
  },
  tag: {
    heading: (name: string) => `Từ khóa: ${name}`,
  },
  archive: {
    title: 'Lưu trữ tin bài',
    description: 'Tất cả tin bài của Ủy ban Dân tộc theo năm và tháng đăng (giờ Việt Nam).',
    intro: 'Chọn một năm hoặc một tháng để xem các bài đã đăng, mới nhất trước.',
    footerLink: 'Lưu trữ theo tháng',
    year: (year: number) => `Năm ${year}`,
    /** `month` is formatMonth's "02/2024". */
    month: (month: string) => `Tháng ${month}`,
    yearHeading: (year: number) => `Tin bài năm ${year}`,
    monthHeading: (month: string) => `Tin bài tháng ${month}`,
    yearOnlyNote: (n: string) =>
      `Gồm ${n} bài từ cổng thông tin cũ chỉ ghi năm đăng: các bài này có trong danh sách cả năm, không thuộc tháng nào.`,
    empty: 'Chưa có bài viết nào được đăng.',
    monthsOf: (year: number) => `Các tháng năm ${year}`,
    /** After an article's date, for screen readers: where its link goes. */
    dateLinkHint: ' — xem các bài cùng tháng',
  },
  author: {
    heading: (name: string) => `Tác giả: ${name}`,
    description: (name: string) => `Các bài viết của tác giả ${name} trên trang tin Ủy ban Dân tộc.`,
    empty: 'Tác giả chưa có bài viết.',
  },
  pages: {
    accessibilityLink: 'Tuyên bố về khả năng tiếp cận',
    updated: 'Cập nhật lần cuối',
    /** The link to the English section, written in English (lang="en" on it). */
    englishLink: 'English',
    /** The link back to the Vietnamese site, written in Vietnamese (lang="vi" on it). */
    vietnameseLink: 'Tiếng Việt',
    latestNews: 'Tin mới nhất',
    latestNewsNote: '',
  },
  preview: {
    brokenTitle: 'Bài viết có lỗi — chưa hiển thị',
    brokenIntro:
      'Bản xem trước không hiển thị bài này cho đến khi sửa hết các lỗi dưới đây. Sửa tệp rồi lưu lại: trang tự cập nhật.',
    bannerTitle: (n: number) => `${n} bài viết có lỗi chưa hiển thị (chỉ thấy trong bản xem trước)`,
    line: (n: number) => `dòng ${n}`,
  },
  notFound: {
    title: 'Không tìm thấy trang',
    message:
      'Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Bạn có thể về trang chủ hoặc xem các chuyên mục dưới đây.',
  },
  sidebar: {
    label: 'Tin mới và tin xem nhiều',
    feed: (title: string) => `Theo dõi qua RSS: ${title}`,
  },
  footer: {
    categories: 'Chuyên mục',
    services: 'Thông tin',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    responsible: 'Người chịu trách nhiệm',
  },
  search: {
    title: 'Tìm kiếm',
    heading: 'Tìm kiếm tin bài',
    description: 'Tìm tin bài của Ủy ban Dân tộc theo từ khóa, chuyên mục, năm và nguồn tin.',
    boxLabel: 'Tìm kiếm tin bài',
    formLabel: 'Tìm kiếm và lọc tin bài',
    placeholder: 'Tìm tin bài…',
    submitShort: 'Tìm',
    submit: 'Tìm kiếm',
    queryLabel: 'Từ khóa',
    queryHint: 'Có thể gõ không dấu (ví dụ: hoi nghi). Đặt cụm từ trong ngoặc kép để tìm đúng cụm từ.',
    filters: 'Lọc và sắp xếp',
    filtersSummary: (active: number) => (active ? `Lọc và sắp xếp (${active} đang chọn)` : 'Lọc và sắp xếp'),
    category: 'Chuyên mục',
    anyCategory: 'Tất cả chuyên mục',
    year: 'Năm',
    anyYear: 'Tất cả các năm',
    source: 'Nguồn tin',
    anySource: 'Tất cả nguồn tin',
    sort: 'Sắp xếp theo',
    sortRelevance: 'Liên quan nhất',
    sortNewest: 'Mới nhất',
    sortViews: 'Xem nhiều nhất',
    results: 'Kết quả tìm kiếm',
    loading: 'Đang tìm…',
    prompt: 'Nhập từ khóa hoặc chọn bộ lọc để tìm tin bài.',
    found: (count: string, query: string) =>
      query ? `Tìm thấy ${count} kết quả cho “${query}”.` : `Tìm thấy ${count} bài viết.`,
    none: (query: string) =>
      query ? `Không tìm thấy kết quả nào cho “${query}”.` : 'Không có bài viết nào khớp với bộ lọc.',
    noneTips:
      'Hãy kiểm tra chính tả, thử từ khóa ngắn hơn hoặc từ đồng nghĩa, bỏ dấu ngoặc kép, hoặc bỏ bớt bộ lọc. Bạn cũng có thể xem tin theo chuyên mục:',
    clearFilters: 'Tìm lại trong tất cả tin bài (bỏ bộ lọc)',
    more: 'Xem thêm kết quả',
    showing: (shown: string, total: string) => `Đang hiển thị ${shown} / ${total} kết quả.`,
    error: 'Không tải được chỉ mục tìm kiếm. Vui lòng thử lại sau hoặc xem tin theo chuyên mục.',
    noScript:
      'Chức năng tìm kiếm cần JavaScript, nhưng trình duyệt của bạn đang tắt JavaScript. Bạn có thể xem tin bài theo chuyên mục:',
    titleWithQuery: (query: string) => `“${query}” – Tìm kiếm`,
  },
  feeds: {
    siteTitle: 'Tin Hoạt động ban — Ủy ban Dân tộc',
    categoryTitle: (name: string) => `${name} — Tin Ủy ban Dân tộc`,
    footerLink: 'Theo dõi tin qua RSS',
    pageTitle: 'Theo dõi tin qua RSS',
    pageDescription:
      'Nhận tin mới của Ủy ban Dân tộc trong ứng dụng đọc tin (RSS): toàn bộ nội dung, ảnh, chú thích và nguồn tin.',
    intro:
      'RSS giúp bạn nhận tin mới của trang này ngay trong ứng dụng đọc tin, không cần vào trang thường xuyên. Mỗi bản tin có đủ nội dung bài viết, ảnh kèm chú thích và dòng trích nguồn.',
    howToHeading: 'Cách theo dõi',
    howToSteps: [
      'Mở ứng dụng đọc tin (ví dụ Feedly, Inoreader, Thunderbird, NetNewsWire).',
      'Chọn thêm nguồn tin mới (Add feed / Subscribe).',
      'Dán địa chỉ của kênh tin bạn muốn theo dõi trong danh sách dưới đây.',
    ],
    containsHeading: 'Mỗi bản tin gồm',
    contains: [
      'Tiêu đề, đường dẫn cố định đến bài viết và thời gian đăng.',
      'Sapo (tóm tắt) và toàn bộ nội dung bài, giữ nguyên ảnh và chú thích ảnh.',
      'Dòng "Trích nguồn" hoặc "Theo" kèm liên kết đến bài gốc, khi bài được trích từ nguồn khác.',
      'Chuyên mục, tác giả và ảnh đại diện (nếu có).',
    ],
    listHeading: 'Các kênh tin',
    siteFeedName: 'Tất cả tin mới',
    siteFeedDescription: (n: string) => `${n} bài mới nhất của mọi chuyên mục`,
    categoryFeedDescription: (n: string) => `${n} bài mới nhất của chuyên mục`,
    reuse:
      'Các cơ quan, đơn vị có thể hiển thị tin từ các kênh này trên cổng thông tin của mình; vui lòng ghi rõ nguồn Ủy ban Dân tộc và giữ đường dẫn đến bài gốc.',
  },
  views: {
    mostViewed: 'Xem nhiều nhất',
    count: (n: string) => `${n} lượt xem`,
    sortLabel: 'Sắp xếp',
    sortNewest: 'Mới nhất',
    sortByViews: 'Xem nhiều nhất',
    categoryHeading: (name: string) => `${name}: tin xem nhiều nhất`,
    tagHeading: (name: string) => `Từ khóa: ${name} — tin xem nhiều nhất`,
  },
  /** The small page left at an old portal address on hosts without server redirects (deploy). */
  redirect: {
    title: (articleTitle: string) => `Đã chuyển địa chỉ: ${articleTitle}`,
    moved: 'Bài viết này đã chuyển sang địa chỉ mới:',
    update: 'Vui lòng cập nhật dấu trang (bookmark) và liên kết của bạn.',
  },
} as const;

/** The shape of a dictionary: vi.ts's keys with any wording (en.ts must have every one of them). */
type Wording<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Wording<R>
    : T extends readonly (infer U)[]
      ? readonly Wording<U>[]
      : { readonly [K in keyof T]: Wording<T[K]> };

export type Dictionary = Wording<typeof ui>;

export const weekdays = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** Every Vietnamese string the site shows, in one place (staff can review wording here). */
export const ui = {
  site: {
    name: 'Hoạt động ban — Ủy ban Dân tộc',
    shortName: 'Tin UBDT',
    owner: 'Ủy ban Dân tộc',
    tagline: 'Tin hoạt động của Ủy ban Dân tộc',
    description:
      'Tin tức về hoạt động của Ủy ban Dân tộc: hội nghị, chỉ đạo, chính sách và chương trình phát triển vùng đồng bào dân tộc thiểu số và miền núi.',
    copyright: 'Bản quyền thuộc Ủy ban Dân tộc. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.',
    address: '349 Đội Cấn, Ba Đình, Hà Nội',
  },
  nav: {
    skipToContent: 'Bỏ qua, đến nội dung chính',
    home: 'Trang chủ',
    mainMenu: 'Chuyên mục',
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
  },
  figure: {
    missingImage: 'Ảnh gốc chưa được chuyển từ cổng thông tin cũ',
    creditPrefix: 'Ảnh:',
  },
  home: {
    featured: 'Tin nổi bật',
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
  notFound: {
    title: 'Không tìm thấy trang',
    message:
      'Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Bạn có thể về trang chủ hoặc xem các chuyên mục dưới đây.',
  },
  footer: {
    categories: 'Chuyên mục',
  },
} as const;

export const weekdays = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

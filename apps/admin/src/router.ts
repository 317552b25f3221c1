import { createRouter, createWebHistory } from 'vue-router';
import AgencyListPage from './pages/agencies/AgencyListPage.vue';
import NotFoundPage from './pages/NotFoundPage.vue';
import LoginPage from './pages/LoginPage.vue';
import type { RouteAccess } from './roles';
import { defaultReportYear } from './report-access';

export const APP_TITLE = 'Gongkai 政务公开平台';

declare module 'vue-router' {
  interface RouteMeta extends RouteAccess {
    title?: string;
    /** Shown without the header and navigation (the login page). */
    bare?: boolean;
  }
}

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/agencies', alias: '/', name: 'agencies', component: AgencyListPage, meta: { title: '机关列表' } },
    {
      path: '/agencies/:code',
      name: 'catalogue',
      component: () => import('./pages/catalogue/CataloguePage.vue'),
      props: true,
      meta: { title: '主动公开目录' },
    },
    {
      path: '/agencies/:code/offices',
      name: 'offices',
      component: () => import('./pages/OfficesPage.vue'),
      props: true,
      meta: { title: '科室管理', requiresAuth: true },
    },
    {
      path: '/agencies/:code/reports/:year',
      name: 'report',
      component: () => import('./pages/report/ReportPage.vue'),
      props: true,
      meta: { title: '政府信息公开工作年度报告', requiresAuth: true },
    },
    {
      path: '/agencies/:code/applications',
      name: 'applications',
      component: () => import('./pages/applications/RegisterPage.vue'),
      props: true,
      meta: { title: '依申请公开登记', requiresAuth: true },
    },
    {
      path: '/governments/:code/applications',
      name: 'applications-overview',
      component: () => import('./pages/applications/OverviewPage.vue'),
      props: true,
      meta: { title: '依申请公开办理情况', roles: ['PLATFORM_ADMIN', 'CITY_REVIEWER'] },
    },
    // The public page of 依申请公开 figures (no login, no admin chrome): per department, never ranked.
    {
      path: '/public/governments/:code/applications/:year(\\d{4})',
      name: 'public-application-figures',
      component: () => import('./pages/public/PublicFiguresPage.vue'),
      props: true,
      meta: { title: '依申请公开办理情况', bare: true },
    },
    // Without a year: the year whose filing season started last (the domain's rule).
    {
      path: '/governments/:code/reports',
      redirect: (to) => `/governments/${String(to.params.code)}/reports/${defaultReportYear()}`,
    },
    {
      path: '/governments/:code/reports/:year/side-by-side',
      name: 'report-side-by-side',
      component: () => import('./pages/report/SideBySidePage.vue'),
      props: true,
      meta: { title: '各部门对照表', roles: ['PLATFORM_ADMIN', 'CITY_REVIEWER'] },
    },
    {
      path: '/governments/:code/reports/:year',
      name: 'report-dashboard',
      component: () => import('./pages/report/ReportDashboardPage.vue'),
      props: true,
      meta: { title: '年度报告', roles: ['PLATFORM_ADMIN', 'CITY_REVIEWER'] },
    },
    {
      path: '/agencies/:code/records',
      name: 'records',
      component: () => import('./pages/records/RecordsPage.vue'),
      props: true,
      meta: { title: '主动公开记录' },
    },
    {
      path: '/governments/:code/records',
      name: 'office-records',
      component: () => import('./pages/records/OfficeRecordsPage.vue'),
      props: true,
      meta: { title: '各部门主动公开情况', roles: ['PLATFORM_ADMIN', 'CITY_REVIEWER'] },
    },
    {
      path: '/governments/:code/coverage',
      name: 'coverage',
      component: () => import('./pages/comparison/CoverageMatrixPage.vue'),
      props: true,
      meta: { title: '目录覆盖矩阵', roles: ['PLATFORM_ADMIN', 'CITY_REVIEWER'] },
    },
    {
      path: '/catalogues/:leftId/compare/:rightId',
      name: 'catalogue-compare',
      component: () => import('./pages/comparison/CatalogueComparePage.vue'),
      props: true,
      meta: { title: '目录比较' },
    },
    {
      path: '/catalogues/:fromId/diff/:toId',
      name: 'catalogue-diff',
      component: () => import('./pages/CatalogueDiffPage.vue'),
      props: true,
      meta: { title: '版本比较' },
    },
    { path: '/login', name: 'login', component: LoginPage, meta: { title: '登录', bare: true } },
    {
      path: '/users',
      name: 'users',
      component: () => import('./pages/UsersPage.vue'),
      meta: { title: '用户管理', roles: ['PLATFORM_ADMIN'] },
    },
    {
      path: '/todo',
      name: 'todo',
      component: () => import('./pages/todo/TodoPage.vue'),
      meta: { title: '待办事项', requiresAuth: true },
    },
    {
      path: '/holidays',
      name: 'holidays',
      component: () => import('./pages/HolidaysPage.vue'),
      meta: { title: '工作日历', requiresAuth: true },
    },
    {
      path: '/onboarding',
      name: 'onboarding',
      component: () => import('./pages/onboarding/BulkImportPage.vue'),
      meta: { title: '批量导入目录', roles: ['PLATFORM_ADMIN', 'CITY_REVIEWER'] },
    },
    {
      path: '/audit',
      name: 'audit',
      component: () => import('./pages/audit/AuditLogPage.vue'),
      meta: { title: '审计日志', roles: ['PLATFORM_ADMIN', 'CITY_REVIEWER'] },
    },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage, meta: { title: '页面不存在' } },
  ],
  scrollBehavior: () => ({ top: 0 }),
});

router.afterEach((to) => {
  const title = to.meta.title;
  document.title = title ? `${title} - ${APP_TITLE}` : APP_TITLE;
});

import { createRouter, createWebHistory } from 'vue-router';
import AgencyListPage from './pages/AgencyListPage.vue';
import CataloguePage from './pages/CataloguePage.vue';
import NotFoundPage from './pages/NotFoundPage.vue';

export const APP_TITLE = 'Gongkai 政务公开平台';

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/agencies', alias: '/', name: 'agencies', component: AgencyListPage, meta: { title: '机关列表' } },
    { path: '/agencies/:code', name: 'catalogue', component: CataloguePage, props: true, meta: { title: '主动公开目录' } },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage, meta: { title: '页面不存在' } },
  ],
  scrollBehavior: () => ({ top: 0 }),
});

router.afterEach((to) => {
  const title = typeof to.meta['title'] === 'string' ? to.meta['title'] : null;
  document.title = title ? `${title} - ${APP_TITLE}` : APP_TITLE;
});

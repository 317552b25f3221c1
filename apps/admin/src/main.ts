import { createApp } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import 'element-plus/dist/index.css';
import urql, { cacheExchange, fetchExchange } from '@urql/vue';
import App from './App.vue';
import { router } from './router';
import './styles.css';

const app = createApp(App);
app.use(ElementPlus, { locale: zhCn });
app.use(urql, {
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  requestPolicy: 'cache-and-network',
  // Always POST: GET requests would be refused by the server's CSRF protection.
  preferGetMethod: false,
});
app.use(router);
app.mount('#app');

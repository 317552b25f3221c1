import { createApp } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import 'element-plus/dist/index.css';
import urql from '@urql/vue';
import App from './App.vue';
import { client } from './client';
import { router } from './router';
import { installSession } from './session';
import './styles.css';

const app = createApp(App);
app.use(ElementPlus, { locale: zhCn });
// A ref: the client is replaced (fresh cache) when the signed-in user changes, and queries follow it.
app.use(urql, client);
installSession(router);
app.use(router);
app.mount('#app');

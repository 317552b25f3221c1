import { createApp } from 'vue';
import { ElMessage, ElMessageBox, provideGlobalConfig } from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
// Element Plus is imported per component (vite.config.ts: each <el-…> brings its own CSS); the two services the
// scripts call bring theirs here.
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import urql from '@urql/vue';
import App from './App.vue';
import { client } from './client';
import { router } from './router';
import { installSession } from './session';
import './styles.css';
import './a11y-theme.css';

const app = createApp(App);
// What app.use(ElementPlus, { locale }) did, without registering the whole library: the zh-CN locale for every
// component (global, so message boxes opened from scripts have it too), and the app's context for the services.
provideGlobalConfig({ locale: zhCn }, app, true);
app.use(ElMessage).use(ElMessageBox);
// A ref: the client is replaced (fresh cache) when the signed-in user changes, and queries follow it.
app.use(urql, client);
installSession(router);
app.use(router);
app.mount('#app');

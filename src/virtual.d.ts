// Modules the build makes (src/integrations/).
declare module 'virtual:site-theme.css';

import helmet from 'helmet';

/**
 * Helmet with a CSP that fits what we serve and nothing else: the web app's and GraphiQL's
 * scripts and styles come from this origin (no CDN); antd and GraphiQL inject <style> elements,
 * ECharts draws on canvas, fonts and icons may be data: URIs. No framing, no plugins, no
 * inline scripts. No HSTS/upgrade: the app is often served over plain HTTP on a LAN.
 */
export const securityHeaders = () =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });

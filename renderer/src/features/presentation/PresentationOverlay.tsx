import { ChevronLeft, ChevronRight, X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, useHotkey } from '../../ui';
import { DesignStep } from './DesignStep';
import { FunnelStep } from './FunnelStep';
import { presentationSteps, usePresentation } from './presentation-store';
import { SimulatorStep } from './SimulatorStep';

const keys = { whileOverlay: true } as const;

/** Full screen (the browser's Fullscreen API, which Electron's window honours too), for as long as the presentation is on. */
function useFullscreen(open: boolean, leave: () => void) {
  const entered = useRef(false);
  useEffect(() => {
    if (!open) return;
    const root = document.documentElement;
    if (!document.fullscreenElement && root.requestFullscreen) {
      root.requestFullscreen().then(
        () => (entered.current = true),
        // Refused (no user gesture, a kiosk, a test browser): the presentation still fills the window.
        () => (entered.current = false),
      );
    }
    // Escape in full screen is the browser's own: it leaves full screen, and the presentation with it.
    const onChange = () => {
      if (!document.fullscreenElement && entered.current) {
        entered.current = false;
        leave();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement && entered.current) void document.exitFullscreen().catch(() => {});
      entered.current = false;
    };
  }, [open, leave]);
}

function Presentation() {
  const { t } = useTranslation();
  const { step, next, previous, leave } = usePresentation();
  const panel = useRef<HTMLDivElement>(null);
  useFullscreen(true, leave);
  useHotkey(['arrowright', 'pagedown'], next, keys);
  useHotkey(['arrowleft', 'pageup'], previous, keys);
  useHotkey('escape', leave, keys);
  useEffect(() => panel.current?.focus(), [step]);
  const id = presentationSteps[step]!;
  return (
    <div className="presentation" role="dialog" aria-modal="true" aria-labelledby="presentation-title" data-state="open" data-testid="presentation">
      <header className="presentation-header">
        <h1 id="presentation-title" data-step={id}>
          {t(`presentation.steps.${id}`)}
        </h1>
        <span className="presentation-step" aria-live="polite">
          {t('presentation.step', { n: step + 1, total: presentationSteps.length })}
        </span>
        <span className="row-actions">
          <Button variant="ghost" onClick={previous} disabled={step === 0} aria-label={t('presentation.previous')}>
            <ChevronLeft size={20} aria-hidden />
          </Button>
          <Button variant="ghost" onClick={next} disabled={step === presentationSteps.length - 1} aria-label={t('presentation.next')}>
            <ChevronRight size={20} aria-hidden />
          </Button>
          <Button variant="ghost" onClick={leave} aria-label={t('presentation.leave')}>
            <X size={20} aria-hidden />
          </Button>
        </span>
      </header>
      <div className="presentation-body" ref={panel} tabIndex={-1}>
        {id === 'design' ? <DesignStep /> : id === 'funnel' ? <FunnelStep /> : <SimulatorStep />}
      </div>
      <footer className="presentation-keys muted">{t('presentation.keys')}</footer>
    </div>
  );
}

/** Presentation mode over the whole app while it is on. */
export function PresentationOverlay() {
  const open = usePresentation((s) => s.open);
  return open ? <Presentation /> : null;
}

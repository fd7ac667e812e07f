/**
 * Zoom and pan of one diagram: Ctrl/Cmd/Alt + wheel zooms around the pointer (a plain wheel scrolls the page), a
 * drag pans, +/−/0 on the focused diagram zoom and reset, and a click that did not drag is reported as a click.
 */
import type { ZoomState } from '../../common/preview/messages';

const minScale = 0.2;
const maxScale = 8;
const dragThreshold = 4;

export const identity: ZoomState = { scale: 1, x: 0, y: 0 };

export class PanZoom {
  private current: ZoomState;
  private drag: { pointerId: number; startX: number; startY: number; origin: ZoomState; moved: boolean } | undefined;

  constructor(
    private readonly viewport: HTMLElement,
    private readonly canvas: HTMLElement,
    initial: ZoomState | undefined,
    private readonly onChange: (state: ZoomState) => void,
    private readonly onClick: () => void,
  ) {
    this.current = initial && isZoomState(initial) ? { ...initial } : { ...identity };
    viewport.addEventListener('wheel', (e) => this.wheel(e), { passive: false });
    viewport.addEventListener('pointerdown', (e) => this.pointerDown(e));
    viewport.addEventListener('pointermove', (e) => this.pointerMove(e));
    viewport.addEventListener('pointerup', (e) => this.pointerUp(e));
    viewport.addEventListener('pointercancel', () => (this.drag = undefined));
    viewport.addEventListener('keydown', (e) => this.key(e));
    this.apply();
  }

  get state(): ZoomState {
    return { ...this.current };
  }

  zoomBy(factor: number, clientX?: number, clientY?: number): void {
    const scale = clamp(this.current.scale * factor, minScale, maxScale);
    const rect = this.viewport.getBoundingClientRect();
    // Keep the point under the pointer (or the viewport centre) where it is.
    const px = (clientX ?? rect.left + rect.width / 2) - rect.left;
    const py = (clientY ?? rect.top + rect.height / 2) - rect.top;
    const ratio = scale / this.current.scale;
    this.set({ scale, x: px - (px - this.current.x) * ratio, y: py - (py - this.current.y) * ratio });
  }

  reset(): void {
    this.set({ ...identity });
  }

  private set(state: ZoomState): void {
    this.current = state;
    this.apply();
    this.onChange(this.state);
  }

  private apply(): void {
    const { scale, x, y } = this.current;
    this.canvas.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
    this.viewport.classList.toggle('mlsd-zoomed', scale !== 1 || x !== 0 || y !== 0);
  }

  private wheel(event: WheelEvent): void {
    if (!(event.ctrlKey || event.metaKey || event.altKey)) return;
    event.preventDefault();
    this.zoomBy(Math.exp(-event.deltaY * 0.002), event.clientX, event.clientY);
  }

  private pointerDown(event: PointerEvent): void {
    if (event.button !== 0) return;
    this.drag = {
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      origin: this.state,
      moved: false,
    };
  }

  private pointerMove(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    const dx = event.clientX - drag.startX;
    const dy = event.clientY - drag.startY;
    if (!drag.moved && Math.hypot(dx, dy) < dragThreshold) return;
    if (!drag.moved) {
      drag.moved = true;
      this.viewport.setPointerCapture(event.pointerId);
      this.viewport.classList.add('mlsd-panning');
    }
    this.current = { scale: drag.origin.scale, x: drag.origin.x + dx, y: drag.origin.y + dy };
    this.apply();
  }

  private pointerUp(event: PointerEvent): void {
    const drag = this.drag;
    this.drag = undefined;
    if (!drag || drag.pointerId !== event.pointerId) return;
    this.viewport.classList.remove('mlsd-panning');
    if (drag.moved) this.onChange(this.state);
    else this.onClick();
  }

  private key(event: KeyboardEvent): void {
    if (event.key === '+' || event.key === '=') this.zoomBy(1.25);
    else if (event.key === '-') this.zoomBy(0.8);
    else if (event.key === '0') this.reset();
    else if (event.key === 'Enter') this.onClick();
    else return;
    event.preventDefault();
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function isZoomState(value: ZoomState): boolean {
  return [value.scale, value.x, value.y].every((n) => typeof n === 'number' && Number.isFinite(n)) && value.scale > 0;
}

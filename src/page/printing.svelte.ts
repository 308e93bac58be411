// Whether the page is being printed. `beforeprint` comes before the print media query matches in some browsers, and
// the static maps must be in place by then.
import { createSubscriber } from 'svelte/reactivity';

export class Printing {
  #now = false;
  #subscribe = createSubscriber((update) => {
    const print = matchMedia('print');
    const follow = () => ((this.#now = print.matches), update());
    const on = () => ((this.#now = true), update());
    print.addEventListener('change', follow);
    addEventListener('beforeprint', on);
    addEventListener('afterprint', follow);
    return () => {
      print.removeEventListener('change', follow);
      removeEventListener('beforeprint', on);
      removeEventListener('afterprint', follow);
    };
  });

  get active(): boolean {
    this.#subscribe();
    return this.#now;
  }
}

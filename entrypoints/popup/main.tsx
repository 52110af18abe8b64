import { render } from 'preact';

function Popup() {
  return <label>Zoeken <input type="search" /></label>;
}

render(<Popup />, document.getElementById('app')!);

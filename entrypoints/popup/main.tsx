import { render } from 'preact';
import { App } from './App';
import '../../assets/popup.css';

render(<App />, document.getElementById('app')!);

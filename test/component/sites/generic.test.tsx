import { describe, expect, test } from 'vitest';
import { genericAdapter as generic } from '../../../src/sites/generic';
import { adapterForHost } from '../../../src/sites';
import { $, key, mount } from './mount';

describe('generic adapter', () => {
  test('any textarea and contenteditable root is a post composer; search boxes and nested paragraphs are not', () => {
    mount(`
      <form><textarea id="draft"></textarea><button>Terbitkan</button><button type="button">Pratinjau</button></form>
      <div id="rich" contenteditable="true"><p contenteditable="true">Halo</p></div>
      <div contenteditable="false"><span>tetap</span></div>
      <textarea id="ro" readonly></textarea>
      <div role="combobox" contenteditable="true"></div>`);
    expect(generic.findEditors(document).map((e) => [e.element.id, e.kind])).toEqual([
      ['draft', 'post'],
      ['rich', 'post'],
    ]);
    expect(generic.submitButtons($('#draft')).map((b) => b.textContent)).toEqual(['Terbitkan']);
    expect(generic.submitButtons($('#rich'))).toEqual([]);
    expect(generic.isSubmitShortcut(key({ ctrlKey: true }), $('#draft'))).toBe(true);
    expect(generic.isSubmitShortcut(key({}), $('#draft'))).toBe(false);
    expect(generic.incomingItems(document)).toEqual([]);
    expect(generic.repliesTo($('#draft'))).toBeUndefined();
  });

  test('known platforms get their own adapter, every other host the generic one', () => {
    expect(adapterForHost('x.com').platform).toBe('x');
    expect(adapterForHost('business.facebook.com').platform).toBe('facebook');
    expect(adapterForHost('studio.youtube.com').platform).toBe('youtube');
    expect(adapterForHost('www.threads.net').platform).toBe('threads');
    expect(adapterForHost('portal.jakarta.go.id').platform).toBe('generic');
  });
});

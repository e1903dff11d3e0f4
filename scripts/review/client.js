// Keyboard handling of the review page (scripts/review.ts). Plain JavaScript, served as is.
// J/↓ and K/↑ move between records; A accepts, R rejects, E edits; in a form Enter saves the
// correction and Esc puts the saved values back. Every action is also a real button.

const items = () => [...document.querySelectorAll('.item')];
const message = document.getElementById('message');

function focusItem(item) {
  if (!item) return;
  item.focus();
  item.scrollIntoView({ block: 'start' });
}

function currentItem() {
  return document.activeElement?.closest('.item') ?? null;
}

function move(step) {
  const all = items();
  const index = all.indexOf(currentItem());
  focusItem(all[Math.min(all.length - 1, Math.max(0, index + step))]);
}

function nextUnreviewed(after) {
  const all = items();
  const start = all.indexOf(after);
  return all.slice(start + 1).find((item) => item.dataset.status === 'unreviewed') ?? all[start + 1] ?? after;
}

function updateProgress() {
  const all = items();
  document.querySelector('[data-reviewed]').textContent = String(
    all.filter((item) => item.dataset.status !== 'unreviewed').length,
  );
  document.querySelector('[data-total]').textContent = String(all.length);
}

function formValues(form) {
  const data = new FormData(form);
  const fields = {};
  for (const name of ['indicator', 'kind', 'period', 'unit', 'strength', 'quote', 'stated']) {
    fields[name] = String(data.get(name) ?? '');
  }
  return fields;
}

function isDirty(form) {
  return [...form.elements].some((element) =>
    element instanceof HTMLSelectElement
      ? [...element.options].some((option) => option.selected !== option.defaultSelected)
      : 'defaultValue' in element && element.type !== 'hidden' && element.value !== element.defaultValue,
  );
}

async function decide(item, action) {
  const form = item.querySelector('form');
  const note = item.querySelector('.item-message');
  if (action !== 'correct' && isDirty(form)) {
    note.className = 'item-message error';
    note.textContent = '有未保存的修改：按 Enter 保存修改，或按 Esc 撤销修改。';
    return;
  }
  const section = item.closest('.speech');
  const payload = {
    speech: section.dataset.speech,
    id: item.dataset.id,
    version: section.dataset.version,
    action,
    ...(action === 'correct' ? { fields: formValues(form) } : {}),
  };
  note.className = 'item-message';
  note.textContent = '正在保存……';
  let response;
  let body;
  try {
    response = await fetch('/api/decide', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    body = await response.json();
  } catch {
    note.className = 'item-message error';
    note.textContent = '保存失败：连不上审核服务（npm run review 是否仍在运行？）。你的修改仍在表单中。';
    return;
  }
  if (!response.ok) {
    // The form keeps what the reviewer typed: nothing is lost, the file is unchanged.
    note.className = 'item-message error';
    note.textContent = [body.message, ...(body.problems ?? [])].join('\n');
    message.textContent = body.message ?? '';
    return;
  }
  message.textContent = '';
  section.dataset.version = body.version;
  const wrapper = document.createElement('div');
  wrapper.innerHTML = body.html;
  const replacement = wrapper.firstElementChild;
  item.replaceWith(replacement);
  updateProgress();
  const done = { accept: '已接受', reject: '已拒绝', correct: '已保存修改并接受' }[action];
  replacement.querySelector('.item-message').textContent = `${done}。`;
  focusItem(nextUnreviewed(replacement));
}

document.addEventListener('keydown', (event) => {
  const item = currentItem();
  const inField = event.target instanceof HTMLElement && event.target.closest('input, select, textarea');
  // In the quote's text box Enter is a line break; Ctrl+Enter saves, as in most editors.
  if (inField && item && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    void decide(item, 'correct');
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (inField) {
    if (event.key === 'Escape' && item) {
      event.preventDefault();
      item.querySelector('form').reset();
      item.querySelector('.item-message').textContent = '已撤销修改。';
      focusItem(item);
    }
    return;
  }
  const key = event.key.toLowerCase();
  if (key === 'j' || key === 'arrowdown') {
    event.preventDefault();
    if (item) move(1);
    else focusItem(items()[0]);
  } else if (key === 'k' || key === 'arrowup') {
    event.preventDefault();
    if (item) move(-1);
    else focusItem(items()[0]);
  } else if (item && key === 'a') {
    event.preventDefault();
    void decide(item, 'accept');
  } else if (item && key === 'r') {
    event.preventDefault();
    void decide(item, 'reject');
  } else if (item && key === 'e') {
    event.preventDefault();
    item.querySelector('input[name="indicator"]').focus();
  }
});

document.addEventListener('click', (event) => {
  const button = event.target instanceof HTMLElement ? event.target.closest('button[data-action]') : null;
  if (!button || button.type === 'submit') return;
  void decide(button.closest('.item'), button.dataset.action);
});

document.addEventListener('submit', (event) => {
  event.preventDefault();
  void decide(event.target.closest('.item'), 'correct');
});

focusItem(items().find((item) => item.dataset.status === 'unreviewed') ?? items()[0]);

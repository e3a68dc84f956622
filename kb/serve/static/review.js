// kb review: a passage selected in the text fills the "exact words" of a new claim.
document.addEventListener("mouseup", function () {
  var text = document.getElementById("source-text");
  var selection = window.getSelection();
  if (!text || !selection || selection.isCollapsed || !text.contains(selection.anchorNode)) return;
  var words = selection.toString().trim();
  if (words) document.getElementById("excerpt").value = words;
});
